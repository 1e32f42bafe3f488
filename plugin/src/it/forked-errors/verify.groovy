// In a forked JVM the build fails as it does in Maven's: one clear 'path:line:column: message' line, no edition behind.
def log = new File(basedir, 'build.log').text
def expected = '''[ERROR] src/main/markdown/article.md:6:29: footnote [^source] has no definition'''
assert log.contains(expected) : 'expected the message: ' + expected
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the log'
def target = new File(basedir, 'target')
assert !log.contains('forked JVM:') : 'the fork prints nothing of its own'
assert !(target.listFiles() ?: []).any { it.name.endsWith('.epub') || it.name.endsWith('.pdf') || it.name.endsWith('.part') } : 'a partial edition was left'
return true
