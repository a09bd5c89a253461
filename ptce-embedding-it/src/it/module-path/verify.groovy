// On the module path: the consumer, the library and every dependency are modules; the check gives the verdicts of the
// class-path quick start, and a broken pole the reader's own error, not an IllegalAccessError or an
// InaccessibleObjectException.
def output = new File(basedir, 'target/module-path-output.txt').getText('UTF-8')
assert output.contains('modules: org.example.modular, fr.ptce.rules, fr.ptce.model') : output
assert output.contains('LOI-2014-856-ART9: COMPLIANT_WITH_WARNINGS') : output
assert output.contains('DECRET-2015-431-ART3: NON_COMPLIANT') : output
assert output.contains('D3-NO-PRIOR-STATE-SUPPORT') : output
assert output.contains('CHARTE-LABO-ESS: NON_COMPLIANT') : output
// rule messages come from the referentials' bundles (read through an open package), not their keys
assert output.contains('D3-NO-PRIOR-STATE-SUPPORT: Le pôle a déjà bénéficié') : output

// a pole broken in structure: the reader's positioned problems (Jackson binding through the opened packages)
assert output.contains('broken-structure.json: unreadable') : output
assert output.contains('$.members (line 7, column 14): expected an array, got the string "coursive"') : output
assert output.contains('$.foundedOn (line 6, column 16): expected an ISO date') : output
// invalid values: Hibernate Validator's messages from the library's own bundle, resolved, not {keys}
assert output.contains('invalid-values.json: unreadable') : output
assert output.contains('$.members[1].siren (line 39, column 16): must be a SIREN') : output
assert !output.contains('{ptce.') : 'a constraint message left unresolved on the module path:\n' + output
['IllegalAccessError', 'IllegalAccessException', 'InaccessibleObjectException', 'Exception in thread',
 'ResourceBundle.Control', 'MissingResourceException'].each {
    assert !output.contains(it) : "${it} on the module path:\n" + output
}

// the module path resolves as a whole: no split package, no module twice
def validate = new File(basedir, 'target/validate-modules.txt').getText('UTF-8')
assert validate.trim().isEmpty() : 'java --validate-modules:\n' + validate

// the library's modules are explicit (module-info.class) and export their API packages, no internal one
def finder = java.lang.module.ModuleFinder.of(new File(basedir, 'target/modules').toPath())
def exported = [] as Set
['fr.ptce.model', 'fr.ptce.rules'].each { name ->
    def descriptor = finder.find(name).orElseThrow { new AssertionError("no module ${name} on the module path") }.descriptor()
    assert !descriptor.isAutomatic() : "${name} is an automatic module"
    descriptor.exports().each { e ->
        assert !e.isQualified() : "${name} exports ${e.source()} to some modules only"
        exported << e.source()
    }
    descriptor.opens().findAll { !it.isQualified() }.each { o ->
        assert o.source().startsWith('fr.ptce.rules.referentials.') : "${name} opens ${o.source()} to every module"
    }
    assert !descriptor.packages().findAll { it.contains('.internal') }.any { p -> descriptor.exports().any { it.source() == p } }
}
assert exported == ['fr.ptce.rules', 'fr.ptce.rules.facts', 'fr.ptce.rules.validation', 'fr.ptce.model',
                    'fr.ptce.model.classification', 'fr.ptce.model.csv', 'fr.ptce.model.json', 'fr.ptce.model.reference',
                    'fr.ptce.model.sirene', 'fr.ptce.model.text', 'fr.ptce.model.validation'] as Set : exported
return true
