#!/usr/bin/env bash
# Benchmark: what references by page and an index cost. The book is copied three times: as it is; with
# an index of ENTRIES entries and sub-entries (bench/MarkBook.java marks capitalised words); and with
# the index and a reference by page ("see @sec-N:page") in every other chapter to another chapter's
# labelled heading. Each copy is published (PDF and EPUB) by the command line with the JVM's defaults,
# the three alternating, RUNS times; medians and their ratios to the book as it is.
#
# Usage: bench/index-book.sh BOOK_FOLDER [RUNS] [ENTRIES]   e.g. bench/index-book.sh ../shared/corpus/les-miserables 5 1000
set -euo pipefail
book=$(cd "$1" && pwd)
runs=${2:-5}
entries=${3:-1000}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mvn -q -B -ntp -pl cli -am -DskipTests clean install >/dev/null
jar=$(ls "$root"/cli/target/imprint-cli-*.jar | grep -v original | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for variant in plain index both; do
  mkdir -p "$work/$variant/images"
  cp -r "$book" "$work/$variant/book"
  chmod -R u+w "$work/$variant"
  # the converted Les Misérables names one image it does not ship
  printf '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#eee"/></svg>\n' \
    > "$work/$variant/images/banknote.svg"
done
echo "index only: $(java bench/MarkBook.java "$work/index/book" "$entries" index)" >&2
echo "both:       $(java bench/MarkBook.java "$work/both/book" "$entries")" >&2
declare -A times
for ((i = 0; i < runs; i++)); do
  for variant in plain index both; do
    start=$(date +%s%N)
    java -jar "$jar" publish "$work/$variant/book" --out "$work/$variant/out" --root "$work/$variant" --name book \
      >"$work/$variant/log" 2>&1 || { cat "$work/$variant/log" >&2; exit 1; }
    end=$(date +%s%N)
    times[$variant]="${times[$variant]:-} $(( (end - start) / 1000000 ))"
  done
done
median() { printf '%s\n' $1 | sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
plain=$(median "${times[plain]}")
for variant in plain index both; do
  m=$(median "${times[$variant]}")
  echo "$variant: median $m ms (all:${times[$variant]}), $(awk -v a="$m" -v b="$plain" 'BEGIN { printf "%.2f", a / b }')× the book as it is"
done
grep -h "PDF edition" "$work"/*/log >&2 || true
