#!/usr/bin/env bash
# Benchmark: the PDF edition of a real book as a whole process (JVM start included), against the floor
# of PDFBox alone writing the same text greedily in one font (bench/PdfFloor.java), in the same run;
# then half the book; then the full book with -Xmx256m. Medians over N runs.
#
# Usage: bench/pdf-book.sh BOOK_FOLDER [RUNS]     e.g. bench/pdf-book.sh ../shared/corpus/les-miserables 5
#
# As in epub-book.sh, the book is copied first and given a placeholder for the one image the converted
# Les Misérables names but does not ship. JVM flags for every process: -XX:TieredStopAtLevel=1
# -XX:+UseSerialGC, which suit a run of a few seconds on two cores (the floor gets the same).
set -euo pipefail
book=$(cd "$1" && pwd)
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mvn -q -B -ntp -pl cli -am -DskipTests clean install >/dev/null
cp_file=$(mktemp)
work=$(mktemp -d)
trap 'rm -rf "$work" "$cp_file"' EXIT
classpath=$(ls "$root"/cli/target/imprint-cli-*.jar | grep -v original | head -1)
mkdir -p "$work/floor"
javac -d "$work/floor" -cp "$classpath" bench/PdfFloor.java
mkdir -p "$work/project/images" "$work/half/images"
cp -r "$book" "$work/project/book"
chmod -R u+w "$work/project"
printf '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#eee"/></svg>\n' > "$work/project/images/banknote.svg"
cp "$work/project/images/banknote.svg" "$work/half/images/"
mkdir -p "$work/half/book"
files=("$work"/project/book/[0-9]*.md)
half=$(( ${#files[@]} / 2 ))
cp "${files[@]:0:$half}" "$work/half/book/"
if [ -d "$work/project/book/images" ]; then cp -r "$work/project/book/images" "$work/half/book/"; fi
if [ -f "$work/project/book/book.yaml" ]; then cp "$work/project/book/book.yaml" "$work/half/book/"; fi
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

median() { # label, command...
  local label=$1; shift
  local times=()
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  local m
  m=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$label: median $m ms over $runs runs (all: $(echo $sorted))" >&2
  echo "$m"
}
echo "book: $book ($(ls "$book"/*.md | wc -l) files, $(cat "$book"/*.md | wc -w) words)" >&2
floor=$(median "PDFBox floor (greedy, one font)" java "${flags[@]}" -cp "$work/floor:$classpath" PdfFloor "$work/project/book" "$work/floor.pdf")
floorhalf=$(median "PDFBox floor, half the book   " java "${flags[@]}" -cp "$work/floor:$classpath" PdfFloor "$work/half/book" "$work/floor-half.pdf")
full=$(median "Imprint PDF edition          " java "${flags[@]}" -cp "$classpath" io.github.imprint.cli.Main publish "$work/project/book" --out "$work/out" --root "$work/project" --name book --formats pdf)
halfm=$(median "Imprint PDF, half the book   " java "${flags[@]}" -cp "$classpath" io.github.imprint.cli.Main publish "$work/half/book" --out "$work/out-half" --root "$work/half" --name half --formats pdf)
if java -Xmx256m "${flags[@]}" -cp "$classpath" io.github.imprint.cli.Main publish "$work/project/book" --out "$work/out-small" --root "$work/project" --name book --formats pdf >/dev/null 2>&1; then
  small="completes"
else
  small="FAILS"
fi
javac -d "$work/floor" -cp "$classpath" bench/InProcess.java
inprocess=$(java -cp "$work/floor:$classpath" InProcess "$work/project" "$work/project/book" "$work/half" "$work/half/book" \
  "$work/out-warm" "$runs")
echo "ratio to floor: $(awk "BEGIN {printf \"%.2f\", $full / $floor}") (the issue asks <= 1.2); half book / full: $(awk "BEGIN {printf \"%.2f\", $halfm / $full}") (asks <= 0.55); with -Xmx256m: $small"
echo "$inprocess"
echo "the floor's own half / full, JVM start included: $(awk "BEGIN {printf \"%.2f\", $floorhalf / $floor}")"
ls -l "$work/out/book.pdf" | awk '{print "PDF size: " $5 " bytes"}'
