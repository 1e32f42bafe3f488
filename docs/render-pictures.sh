#!/usr/bin/env bash
# Regenerates the README's pictures from real output: builds the samples, opens the EPUB's content
# documents in headless Chromium and saves screenshots, and renders a page of the PDF, under docs/images.
# Needs: mvn, unzip, Debian's chromium and poppler-utils (apt-get install chromium poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q samples/article/target/article-1.0.0.epub -d "$work/article"
shoot() { # url, output, width, height
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/chrome" --hide-scrollbars --window-size="$3,$4" --screenshot="$2" "$1" 2>/dev/null
}
shoot "file://$work/article/EPUB/article.xhtml" docs/images/sample-article.png 720 1100
shoot "file://$work/article/EPUB/cover.xhtml" docs/images/sample-article-cover.png 480 720
pdftoppm -r 80 -png -f 3 -l 3 -singlefile samples/article/target/article-1.0.0.pdf docs/images/sample-article-pdf
# the guide (samples/book) in the default theme and in each bundled theme: its chapter on writing
classpath="$work/cp"
mvn -q -B -ntp -pl core dependency:build-classpath -Dmdep.outputFile="$classpath"
for theme in default classic compact; do
  option=(); [ "$theme" = default ] || option=(--theme "$theme")
  java -cp "core/target/classes:$(cat "$classpath")" io.github.imprint.publish.Cli samples/book/src/main/markdown \
    "$work/guide-$theme" --root samples/book --name guide --formats pdf "${option[@]}" >/dev/null
  page=$(pdftotext -raw "$work/guide-$theme/guide.pdf" - | awk -v RS='\f' '/^(Imprint\n)?Writing\n/ {print NR; exit}')
  pdftoppm -r 60 -png -f "${page:-7}" -l "${page:-7}" -singlefile "$work/guide-$theme/guide.pdf" "docs/images/theme-$theme"
done
# the guide's index: its first page in the PDF, and the EPUB's index document
page=$(pdftotext -raw "$work/guide-default/guide.pdf" - | awk -v RS='\f' '/^Index\n/ {print NR; exit}')
pdftoppm -r 60 -png -f "$page" -l "$page" -singlefile "$work/guide-default/guide.pdf" docs/images/index-pdf
unzip -q samples/book/target/imprint-guide-1.0.0.epub -d "$work/guide-epub"
shoot "file://$work/guide-epub/EPUB/index.xhtml" docs/images/index-epub.png 480 640
echo "pictures written to docs/images"
