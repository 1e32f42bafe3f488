// A Hebrew book: both editions read right to left, and the PDF still meets its claims.
import java.util.zip.ZipFile
def log = new File(basedir, 'build.log').text
assert !log.contains('[WARNING]') : 'the book publishes without warnings'
def epub = new ZipFile(new File(basedir, 'target/rtl-book-1.epub'))
def text = { name -> epub.getInputStream(epub.getEntry(name)).text }
assert text('EPUB/package.opf').contains('page-progression-direction="rtl"')
def one = text('EPUB/one.xhtml')
assert one.contains('dir="rtl"')
assert one.contains('<pre dir="ltr">')
def pdf = new File(basedir, 'target/rtl-book-1.pdf')
assert pdf.isFile()
// the catalog sits in a compressed object stream: inflate every stream and look for the preference
def raw = new String(pdf.bytes, 'ISO-8859-1')
def inflated = new StringBuilder(raw)
def m = raw =~ /(?s)stream\r?\n(.*?)endstream/
m.each { all, body ->
    def inflater = new java.util.zip.Inflater()
    inflater.setInput(body.getBytes('ISO-8859-1'))
    def out = new ByteArrayOutputStream()
    def buffer = new byte[65536]
    try {
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer)
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break
            out.write(buffer, 0, n)
        }
    } catch (java.util.zip.DataFormatException ignored) {
    }
    inflated.append(new String(out.toByteArray(), 'ISO-8859-1'))
}
assert inflated.toString().contains('/Direction /R2L') : 'the viewer is told the book reads right to left'
return true
