// Checked by Imprint's integration tests (maven-invoker-plugin), not needed by a user's project.
def pdf = new File(basedir, 'target/imprint-guide-1.0.0.pdf')
def epub = new File(basedir, 'target/imprint-guide-1.0.0.epub')
assert pdf.isFile() : "no PDF edition at $pdf"
assert epub.isFile() : "no EPUB edition at $epub"
def log = new File(basedir, 'build.log').text
assert log.contains('Imprint: PDF edition') && log.contains('Imprint: EPUB edition')
assert !log.contains('[WARNING] src/') : 'the guide should publish without warnings'
// the check goal, bound to verify: EPUBCheck on the EPUB, and the PDF's claims reported
assert log.contains('imprint-guide-1.0.0.epub passes EPUBCheck') : 'the check goal did not run EPUBCheck'
assert log.contains('claims PDF/A-2a and PDF/UA-1') : 'the check goal did not report the PDF claims'
// built with the PDF, the EPUB carries the print edition's page list
def zip = new java.util.zip.ZipFile(epub)
def nav = zip.getInputStream(zip.getEntry('EPUB/nav.xhtml')).text
assert nav.contains('epub:type="page-list"') : 'the EPUB has no page list'
assert nav.contains('epub:type="loi"') && nav.contains('epub:type="lot"') : 'the theme asks for lists of figures and tables'
def chapter = zip.getInputStream(zip.getEntry('EPUB/ch-02-writing.xhtml')).text
assert chapter.contains('<figure id="fig-circles">') : 'a labelled figure carries its label as its id'
assert chapter =~ /<a href="#fig-circles">Figure 2\.2 on page \d+<\/a>/ : 'a reference names the PDF page in the EPUB'
// the index: at least 30 entries, with sub-entries and see also, each locator a PDF page
def index = zip.getInputStream(zip.getEntry('EPUB/index.xhtml')).text
assert index.count('epub:type="index-entry"') >= 30 : 'the guide indexes at least 30 terms'
assert index =~ /index-entry-list">\s*<li epub:type="index-entry"[^>]*><span epub:type="index-term">[^<]+<\/span>, <a epub:type="index-locator" href="ch-\d\d-[a-z-]+\.xhtml#index\.\d+">\d+<\/a>/ : 'locators name PDF pages'
assert index.contains('epub:type="index-xref-related"') : 'the index has see also'
assert nav.contains('epub:type="index"') : 'the index is a landmark'
zip.close()
def installed = new File(localRepositoryPath, 'io/github/imprint/samples/imprint-guide/1.0.0/imprint-guide-1.0.0.pdf')
assert installed.isFile() : "the PDF was not installed: $installed"
return true
