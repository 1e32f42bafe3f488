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
cli=$(ls cli/target/imprint-cli-*.jar | grep -v original)
for theme in default classic compact; do
  option=(); [ "$theme" = default ] || option=(--theme "$theme")
  java -jar "$cli" publish samples/book/src/main/markdown \
    --out "$work/guide-$theme" --root samples/book --name guide --formats pdf "${option[@]}" >/dev/null
  page=$(pdftotext -raw "$work/guide-$theme/guide.pdf" - | awk -v RS='\f' '/^(Imprint\n)?Writing\n/ && !n {n = NR} END {print n}')
  pdftoppm -r 60 -png -f "${page:-7}" -l "${page:-7}" -singlefile "$work/guide-$theme/guide.pdf" "docs/images/theme-$theme"
done
# the guide's index: its first page in the PDF, and the EPUB's index document
page=$(pdftotext -raw "$work/guide-default/guide.pdf" - | awk -v RS='\f' '/^Index\n/ && !n {n = NR} END {print n}')
pdftoppm -r 60 -png -f "$page" -l "$page" -singlefile "$work/guide-default/guide.pdf" docs/images/index-pdf
unzip -q samples/book/target/imprint-guide-1.0.0.epub -d "$work/guide-epub"
shoot "file://$work/guide-epub/EPUB/index.xhtml" docs/images/index-epub.png 480 640
# a table too wide for the measure, on a page turned on its side (pdftoppm shows it as a viewer does)
mkdir -p "$work/wide"
cat > "$work/wide/a.md" <<'MD'
---
title: A wide table
language: en
---

# Options of the build

Text before the table runs on as usual, a paragraph of ordinary prose that leads into the table and says what it holds.

| Option | Environment variable | Default | Applies to | Since | Meaning | Example |
|---|---|---|---|---|---|---|
| `--manifest-path` | CARGO_MANIFEST_PATH | Cargo.toml | every command | 1.0 | Path to the manifest file to read instead of searching upwards | `--manifest-path=sub/Cargo.toml` |
| `--target-directory` | CARGO_TARGET_DIR | target | build, check, test | 1.0 | Directory for all generated artifacts and intermediate files | `--target-directory=/tmp/out` |
| `--configuration` | CARGO_BUILD_PROFILE | development | build, run, bench | 1.57 | Build artifacts with the specified profile instead of the default | `--configuration=release-lto` |
| `--message-format` | CARGO_TERM_MESSAGE_FORMAT | human | build, check, doc | 1.34 | The output format for diagnostic messages, human or machine readable | `--message-format=json-diagnostic-rendered-ansi` |

: Every option of the command, with its environment variable, default and meaning {#tbl-options}


Text after the table fills the page the table did not fit on, as the turned pages float, and @tbl-options follows it.
MD
java -jar "$cli" publish "$work/wide/a.md" --out "$work/wide" --root "$work/wide" --name wide --formats pdf >/dev/null
pdftoppm -r 60 -png -f 2 -l 2 -singlefile "$work/wide/wide.pdf" docs/images/technical/table-turned
echo "pictures written to docs/images"
