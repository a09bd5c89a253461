// What a consumer gets: the quick start ran and printed the verdicts; the runtime class path is lean; the library
// printed nothing of its own on the consumer's console.
def output = new File(basedir, 'target/quickstart-output.txt').getText('UTF-8')
assert output.contains('LOI-2014-856-ART9: COMPLIANT_WITH_WARNINGS') : output
assert output.contains('DECRET-2015-431-ART3: NON_COMPLIANT') : output
assert output.contains('D3-NO-PRIOR-STATE-SUPPORT') : output
assert output.contains('CHARTE-LABO-ESS: NON_COMPLIANT') : output
// the consumer's console holds the quick start's lines and nothing else: no SLF4J notice, no HV000001, no Drools INFO
def foreign = output.readLines().findAll { !(it =~ /^(LOI-2014-856-ART9|DECRET-2015-431-ART3|CHARTE-LABO-ESS): |^  [A-Z0-9-]+: /) }
assert foreign.isEmpty() : 'printed on the consumer\'s console besides the quick start:\n' + foreign.join('\n')

def jars = new File(basedir, 'target/runtime-classpath.txt').getText('UTF-8').trim().split(File.pathSeparator)
        .collect { new File(it) }
def banned = ['ecj-', 'drools-ecj', 'javaparser', 'drools-model-codegen', 'drools-mvel-compiler', 'drools-mvel-parser',
              'drools-drl-parser', 'antlr']
def found = jars.findAll { jar -> banned.any { jar.name.startsWith(it) } }
assert found.isEmpty() : 'compiler tooling on the runtime class path: ' + found*.name
long bytes = jars.sum { it.length() } as long
def report = new StringBuilder("${jars.size()} jars, ${String.format(Locale.ROOT, '%.1f', bytes / 1e6)} MB\n")
jars.sort { -it.length() }.each { report << String.format(Locale.ROOT, '%8.1f kB  %s%n', it.length() / 1e3, it.name) }
new File(basedir, 'target/runtime-classpath-report.txt').setText(report.toString(), 'UTF-8')
println report
assert bytes <= 11_000_000L : "runtime class path of ${bytes} bytes, above 11 MB:\n" + report
return true
