#!/usr/bin/env bash
# Benchmark: the path users run. A scratch Maven project uses the plugin as the samples do, and
# `mvn -o -q package` publishes it with no MAVEN_OPTS: the PDF alone, both editions, the EPUB alone;
# then the PDF again with MAVEN_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" (row "opts").
# In the same run, rounds alternating, it measures the floor (bench/PdfFloor.java: PDFBox alone writing
# the book's text greedily in one font, default JVM), Maven's own no-op (`mvn -o -q validate` on an
# empty pom) and pandoc's EPUB of the same chapters (`pandoc -f gfm`, the chapters concatenated).
# Figures are medians over RUNS rounds and are given as ratios; peak RSS is the largest resident set
# of any process of the build (Maven's and, when the plugin forks, the fork's).
#
# Usage: bench/user-path.sh BOOK_FOLDER [RUNS] [--no-pandoc]
#        e.g. bench/user-path.sh ../shared/corpus/les-miserables 5
#
# Each build starts from an empty target/, as a clean `mvn package` does. Les Misérables as converted
# names one image it does not ship (../images/banknote.svg); the project gets a placeholder for it.
set -euo pipefail
book=$(cd "$1" && pwd)
runs=${2:-5}
pandoc_too=yes
[ "${3:-}" = "--no-pandoc" ] && pandoc_too=no
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
unset MAVEN_OPTS
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
mvn -q -B -ntp -DskipTests -Dinvoker.skip install >/dev/null
classpath=$(ls "$root"/cli/target/imprint-cli-*.jar | grep -v original | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/floor"
javac -d "$work/floor" -cp "$classpath" bench/PdfFloor.java

source "$root/bench/maven-projects.sh"
project "$work/pdf" pdf
project "$work/both" publish
project "$work/epub" epub
noop_project "$work/noop"
cat "$book"/[0-9]*.md > "$work/book.md"

declare -A times rss
run() { # label, folder to run in, command...
  local label=$1 dir=$2; shift 2
  local start end
  rm -rf "$dir/target"
  start=$(date +%s%N)
  (cd "$dir" && /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>"$work/err") || {
    echo "$label failed:" >&2; cat "$work/err" >&2; exit 1; }
  end=$(date +%s%N)
  times[$label]+="$(( (end - start) / 1000000 )) "
  # the resident set /usr/bin/time reports is the largest of the process and the children it waited for
  rss[$label]+="$(tail -1 "$work/rss") "
}
median() { printf '%s\n' $1 | sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
largest() { printf '%s\n' $1 | sort -n | tail -1; }

# one warm-up round for the file cache and Maven's repository reads, not counted
(cd "$work/noop" && mvn -o -q validate >/dev/null)
(cd "$work/pdf" && mvn -o -q package >/dev/null)
for ((i = 0; i < runs; i++)); do
  run floor "$work" java -cp "$work/floor:$classpath" PdfFloor "$work/pdf/src/main/markdown" "$work/floor.pdf"
  run noop "$work/noop" mvn -o -q validate
  run pdf "$work/pdf" mvn -o -q package
  run both "$work/both" mvn -o -q package
  run epub "$work/epub" mvn -o -q package
  # the one line a user who builds only books may put in MAVEN_OPTS or .mvn/jvm.config
  run opts "$work/pdf" env MAVEN_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" mvn -o -q package
  if [ $pandoc_too = yes ]; then
    run pandoc "$work" pandoc -f gfm -t epub3 -o "$work/pandoc.epub" "$work/book.md"
  fi
done
(cd "$work/both" && rm -rf target && MAVEN_OPTS=-Xmx256m mvn -o -q package >/dev/null 2>&1) \
  && small="completes" || small="FAILS"

m() { median "${times[$1]}"; }
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }
echo "book: $book ($(ls "$book"/*.md | wc -l) files, $(cat "$book"/*.md | wc -w) words); medians of $runs rounds, default JVM, no MAVEN_OPTS"
for k in floor noop pdf both epub opts pandoc; do
  [ -n "${times[$k]:-}" ] || continue
  printf '  %-7s median %6d ms (all: %s) peak RSS %d MB\n' "$k" "$(m $k)" "${times[$k]}" "$(( $(largest "${rss[$k]}") / 1024 ))"
done
base=$(( $(m floor) + $(m noop) ))
echo "PDF / (floor + Maven no-op):  $(ratio "$(m pdf)" $base)  (target <= 1.0)"
echo "both / (floor + Maven no-op): $(ratio "$(m both)" $base)  (target <= 1.25)"
[ $pandoc_too = yes ] && echo "EPUB / pandoc's EPUB:          $(ratio "$(m epub)" "$(m pandoc)")  (target <= 0.2)"
echo "PDF with MAVEN_OPTS=\"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC\" / without: $(ratio "$(m opts)" "$(m pdf)")"
echo "both editions with MAVEN_OPTS=-Xmx256m: $small"
ls -l "$work/pdf/target/book-1.0.0.pdf" "$work/epub/target/book-1.0.0.epub" 2>/dev/null | awk '{print "  " $9 ": " $5 " bytes"}'
