#!/usr/bin/env bash
# Benchmark: the EPUB edition of a real book, as a whole process (JVM start included), N runs, median.
#
# Usage: bench/epub-book.sh BOOK_FOLDER [RUNS]     e.g. bench/epub-book.sh ../shared/corpus/les-miserables 7
#
# The book is copied to a temporary folder first. Les Misérables as converted names one image it does
# not ship (../images/banknote.svg); the copy gets a placeholder for it, so the run measures
# publishing rather than stopping at that error.
# JVM flags: a publish run is short, so C1 alone (-XX:TieredStopAtLevel=1) and the serial collector
# give the best wall time on two cores; the script reports both that and the JVM's defaults.
set -euo pipefail
book=$(cd "$1" && pwd)
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mvn -q -B -ntp -pl cli -am -DskipTests clean install >/dev/null
cp_file=$(mktemp)
classpath=$(ls "$root"/cli/target/imprint-cli-*.jar | grep -v original | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work" "$cp_file"' EXIT
mkdir -p "$work/project/images"
cp -r "$book" "$work/project/book"
chmod -R u+w "$work/project"
[ -e "$work/project/images/banknote.svg" ] || printf '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#eee"/></svg>\n' > "$work/project/images/banknote.svg"

measure() { # label, java flags...
  local label=$1; shift
  local times=()
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    java "$@" -cp "$classpath" io.github.imprint.cli.Main publish "$work/project/book" --out "$work/out" --root "$work/project" --name book --formats epub >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo "$label: median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms over $runs runs (all: $(echo $sorted))"
}
words=$(cat "$book"/*.md | wc -w)
echo "book: $book ($(ls "$book"/*.md | wc -l) files, $words words)"
measure "C1, serial GC" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
measure "JVM defaults " 
ls -l "$work/out/book.epub" | awk '{print "EPUB size: " $5 " bytes"}'
