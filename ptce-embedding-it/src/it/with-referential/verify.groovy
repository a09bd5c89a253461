// The plug-in works in a consumer project (found by ComplianceChecker.create()) and through the CLI.
def output = new File(basedir, 'target/consumer-output.txt').getText('UTF-8')
assert output.contains('referentials: [LOI-2014-856-ART9, DECRET-2015-431-ART3, CHARTE-LABO-ESS, EXAMPLE-NETWORK-CHARTER]') : output
assert output.contains('reseau-exemple: COMPLIANT') : output
assert output.contains('coursive-boutaric: NON_COMPLIANT') : output
assert output.contains('NET-CITIZEN-SEAT') : output

def rules = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/cli-rules.json'))
assert rules*.id.containsAll(['NET-ESUS-MEMBER', 'NET-CITIZEN-SEAT', 'NET-LASTING-COOPERATION']) : rules
assert rules.find { it.id == 'NET-LASTING-COOPERATION' }.severity == 'WARNING'
assert rules.every { it.referential && it.title && it.source.label && it.source.url } : rules

def validate = new File(basedir, 'target/cli-validate.txt').getText('UTF-8')
assert validate.contains('EXAMPLE-NETWORK-CHARTER') && validate.contains('NON-COMPLIANT') : validate
assert validate.contains('[NET-ESUS-MEMBER]') : validate
return true
