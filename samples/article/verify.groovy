// Checked by Imprint's integration tests (maven-invoker-plugin), not needed by a user's project.
def epub = new File(basedir, 'target/article-1.0.0.epub')
assert epub.isFile() : "no EPUB edition at $epub"
def pdf = new File(basedir, 'target/article-1.0.0.pdf')
assert pdf.isFile() : "no PDF edition at $pdf"
def log = new File(basedir, 'build.log').text
assert log.contains('Imprint: EPUB edition') : 'no EPUB summary line in the log'
assert log.contains('Imprint: PDF edition') : 'no PDF summary line in the log'
assert !log.contains('[WARNING] src/') : 'the sample should publish without warnings'
def installed = new File(localRepositoryPath, 'io/github/imprint/samples/article/1.0.0/article-1.0.0.epub')
assert installed.isFile() : "the EPUB was not installed as an attached artifact: $installed"
assert java.util.Arrays.equals(installed.bytes, epub.bytes)
def installedPdf = new File(localRepositoryPath, 'io/github/imprint/samples/article/1.0.0/article-1.0.0.pdf')
assert installedPdf.isFile() : "the PDF was not installed as an attached artifact: $installedPdf" 
return true
