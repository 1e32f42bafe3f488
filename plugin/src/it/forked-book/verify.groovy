// Three builds in a forked JVM: the first (with -X) publishes, the second finds the editions up to date
// without starting a JVM, the third (forced) publishes again. Warnings, figures and summaries are
// logged as an in-process build logs them.
def log = new File(basedir, 'build.log').text
assert log.count('Imprint: publishing in a forked JVM') == 1 : 'only the first build logs at debug level'
assert log.count('Imprint: PDF edition') == 2 : 'the first and third builds publish'
assert log.count('editions are up to date') == 1 : 'the second build finds the editions up to date'
def warning = '[WARNING] src/main/markdown/note.md:8:21: closing tag </b> has no opening tag'
assert log.count(warning) == 2 : 'the warning, at its position, once per publishing build: ' + warning
assert log.contains('[WARNING]   hint: remove it') : 'the hint on its own line'
assert log =~ /\[DEBUG\] Imprint: typesetting forked-book-1\.pdf: \d+ paragraphs? in \d+ lines?/ : 'the -X figures pass through'
assert !log.contains('forked JVM:') : 'the fork prints nothing of its own'
assert new File(basedir, 'target/forked-book-1.pdf').isFile()
assert new File(basedir, 'target/forked-book-1.epub').isFile()
assert !(new File(basedir, 'target/imprint').listFiles() ?: []).any { it.name.endsWith('.job') || it.name.endsWith('.result') } : 'the fork leaves no files behind'
return true
