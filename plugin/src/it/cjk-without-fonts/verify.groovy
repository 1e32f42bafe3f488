// Without imprint-fonts-cjk the letters are reported once, with the fix, never dropped silently.
def log = new File(basedir, 'build.log').text
def warnings = log.readLines().findAll { it.contains('none of the fonts') }
assert warnings.size() == 1 : 'one warning line for all the missing letters: ' + warnings
assert log.contains('add io.github.imprint:imprint-fonts-cjk to the plugin') : 'the hint names the artifact'
assert new File(basedir, 'target/cjk-without-fonts-1.pdf').isFile()
return true
