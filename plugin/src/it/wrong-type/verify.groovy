// The build must fail with one clear 'path:line:column: message' line and leave no edition behind.
def log = new File(basedir, 'build.log').text
def expected = '''[ERROR] src/main/markdown/article.md:2:8: 'title' must be a text, not a list'''
assert log.contains(expected) : 'expected the message: ' + expected
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the log'
def target = new File(basedir, 'target')
assert !(target.listFiles() ?: []).any { it.name.endsWith('.epub') || it.name.endsWith('.pdf') || it.name.endsWith('.part') } : 'a partial edition was left'
return true
