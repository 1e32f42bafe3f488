// A book with book.yaml, cross references, a footnote, a figure, a table, code, an aside and French.
import java.util.zip.ZipFile
def epub = new File(basedir, 'target/book-1.epub')
assert epub.isFile()
assert new File(basedir, 'target/book-1.pdf').isFile()
def log = new File(basedir, 'build.log').text
assert !log.contains('[WARNING] src/') : 'the book should publish without warnings'
def zip = new ZipFile(epub)
def text = { name -> zip.getInputStream(zip.getEntry(name)).text }
assert zip.entries().nextElement().name == 'mimetype'
def opf = text('EPUB/package.opf')
assert opf.contains('<dc:title id="title">A Small Book</dc:title>')
assert opf.contains('>Ada Author</dc:creator>')
assert opf.contains('<meta property="dcterms:modified">2025-03-01T00:00:00Z</meta>')
def intro = text('EPUB/intro.xhtml')
assert intro.contains('href="details.xhtml#the-details"')
assert intro.contains('epub:type="noteref"')
def details = text('EPUB/details.xhtml')
assert details.contains('<span lang="fr" xml:lang="fr">« bonjour »</span>') || details.contains('<span lang="fr" xml:lang="fr">«\u202Fbonjour\u202F»</span>')
assert details.contains("code stays 'straight'")
return true
