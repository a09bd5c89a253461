// The consumer's main class is the README's quick start, verbatim: the first ```java block after "## Quick start".
def readme = new File(repositoryRoot, 'README.md').getText('UTF-8')
def section = readme.indexOf('## Quick start')
assert section >= 0 : 'README.md has no "## Quick start" section'
def start = readme.indexOf('```java\n', section)
assert start >= 0 : 'the Quick start section has no java block'
def end = readme.indexOf('\n```', start + 8)
def source = readme.substring(start + 8, end + 1)
assert source.contains('public class QuickStart') : 'the quick start block must be a complete class named QuickStart'
def target = new File(basedir, 'src/main/java/QuickStart.java')
target.parentFile.mkdirs()
target.setText(source, 'UTF-8')
return true
