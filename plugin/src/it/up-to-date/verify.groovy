def log = new File(basedir, 'build.log').text
def published = log.count('Imprint: PDF edition')
def skipped = log.count('editions are up to date')
assert published == 2 : "the PDF should be published by the first and third builds, not $published times"
assert skipped == 1 : "the second build should say once that the editions are up to date, not $skipped times"
assert new File(basedir, 'target/up-to-date-1.pdf').isFile()
return true
