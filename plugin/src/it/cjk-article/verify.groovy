// A Japanese article with Chinese and Korean spans, built with imprint-fonts-cjk on the plugin's class path.
import java.util.zip.ZipFile
def log = new File(basedir, 'build.log').text
assert !log.contains('none of the fonts') : 'every character has a font'
def pdf = new File(basedir, 'target/cjk-article-1.pdf')
assert pdf.isFile()
def epub = new ZipFile(new File(basedir, 'target/cjk-article-1.epub'))
def article = epub.getInputStream(epub.getEntry('EPUB/article.xhtml')).text
assert article.contains('lang="ja"')
assert article.contains('<span lang="zh-Hans" xml:lang="zh-Hans">')
assert epub.entries().toList().any { it.name.startsWith('EPUB/fonts/noto-serif-cjk') } : 'the EPUB embeds the CJK face'
return true
