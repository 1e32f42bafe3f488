// Checked by Imprint's integration tests (maven-invoker-plugin), not needed by a user's project.
def pdf = new File(basedir, 'target/harbour-book-1.0.0.pdf')
def epub = new File(basedir, 'target/harbour-book-1.0.0.epub')
assert pdf.isFile() : "no PDF edition at $pdf"
assert epub.isFile() : "no EPUB edition at $epub"
def log = new File(basedir, 'build.log').text
assert log.contains('6 chapters') : 'every chapter SUMMARY.md lists, the draft left out'
assert log.contains("1 draft chapter in SUMMARY.md ('Writing the roadmap')") : 'the draft is said once'
assert log.contains('harbour-book-1.0.0.epub passes EPUBCheck') : 'the check goal did not run EPUBCheck'
assert log.contains('claims PDF/A-2a and PDF/UA-1')
def zip = new java.util.zip.ZipFile(epub)
def opf = zip.getInputStream(zip.getEntry('EPUB/package.opf')).text
assert opf.contains('Harbour: a small mdBook') : 'the title comes from book.toml'
def commands = zip.getInputStream(zip.getEntry('EPUB/reference-commands.xhtml')).text
assert commands.contains('<dl>') && commands.contains('<dt>') : 'the raw HTML option list is a definition list'
assert commands.contains('id="option-tide"') : 'the option anchor is a link target'
def configuring = zip.getInputStream(zip.getEntry('EPUB/guide-configuring.xhtml')).text
assert configuring.contains('href="reference-commands.xhtml#option-tide"') : 'a link to a .md anchor resolves'
def nav = zip.getInputStream(zip.getEntry('EPUB/nav.xhtml')).text
assert nav.indexOf('Installing') > nav.indexOf('Getting started') : 'nested chapters nest in the nav'
assert configuring.contains('alert tip') : 'a GitHub alert is a note box'
assert configuring.contains('table = &quot;tides.csv&quot;') || configuring.contains('table = "tides.csv"') : 'the include by anchor is expanded'
assert !configuring.contains('ANCHOR') : 'anchor lines stay out'
zip.close()
return true
