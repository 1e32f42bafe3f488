#!/usr/bin/env bash
# Benchmark: an image-heavy book. The book, and the same book with 30 large generated figures
# (bench/Figures.java: RGBA and RGB PNGs and JPEGs, 2,000-6,000 px wide), one placed at the end of
# every twelfth chapter; both editions' PDF timed as a whole process with the flags the plugin's
# forked JVM uses (C1 alone, serial collector), medians of RUNS, pairs alternating; then the sizes.
# The figures print at the measure's width, about 300 px to the inch needed against their 900-2,700:
# each build starts with an empty target/imprint, so the reductions are made in every timed run
# (the "cached" line times a rebuild that finds them kept), and with images.ppi: 0 (full resolution).
#
# Usage: bench/figures-book.sh BOOK_FOLDER [RUNS]     e.g. bench/figures-book.sh ../shared/corpus/les-miserables 5
set -euo pipefail
book=$(cd "$1" && pwd)
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mvn -q -B -ntp -pl cli -am -DskipTests clean install >/dev/null
jar=$(ls "$root"/cli/target/imprint-cli-*.jar | grep -v original | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for p in plain figures; do
  mkdir -p "$work/$p/images"
  cp -r "$book" "$work/$p/book"
  chmod -R u+w "$work/$p"
  printf '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#eee"/></svg>\n' \
    > "$work/$p/images/banknote.svg"
done
java bench/Figures.java "$work/figures/book/figures" 30
i=0
for chapter in "$work"/figures/book/[0-9]*.md; do
  n=$(basename "$chapter" .md); n=${n%%-*}
  if [ $(( 10#$n % 12 )) -eq 0 ] && [ $i -lt 30 ]; then
    file=$(ls "$work/figures/book/figures" | grep "^fig$i\.")
    printf '\n![A generated figure, number %d](figures/%s "Figure %d")\n' $i "$file" $i >> "$chapter"
    i=$((i + 1))
  fi
done
printf 'images:\n  ppi: 0\n' > "$work/figures/full.yaml"
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
declare -A times
publish() { # label, project, extra arguments...
  local label=$1 project=$2; shift 2
  local start end
  start=$(date +%s%N)
  java "${flags[@]}" -cp "$jar" io.github.imprint.cli.Main publish "$work/$project/book" --out "$work/out-$label" \
    --root "$work/$project" --name book --formats pdf "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  end=$(date +%s%N)
  times[$label]+="$(( (end - start) / 1000000 )) "
}
for ((r = 0; r < runs; r++)); do
  rm -rf "$work/out-figures" "$work/out-full"
  publish plain plain
  publish figures figures
  publish cached figures
  publish full figures --theme "$work/figures/full.yaml"
done
median() { printf '%s\n' $1 | sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
echo "book: $book with $i figures; PDF edition, CLI, C1 + serial GC (the forked JVM's flags), medians of $runs"
for k in plain figures cached full; do
  printf '  %-8s %6d ms (all: %s) %10d bytes\n' $k "$(median "${times[$k]}")" "${times[$k]}" "$(stat -c %s "$work/out-$k/book.pdf")"
done
p=$(median "${times[plain]}")
echo "time with figures / without: reduced $(awk "BEGIN {printf \"%.2f\", $(median "${times[figures]}") / $p}"), kept from an earlier build $(awk "BEGIN {printf \"%.2f\", $(median "${times[cached]}") / $p}"), full resolution $(awk "BEGIN {printf \"%.2f\", $(median "${times[full]}") / $p}") (target <= 1.3)"
s=$(stat -c %s "$work/out-plain/book.pdf")
echo "PDF size with figures / without: reduced $(awk "BEGIN {printf \"%.2f\", $(stat -c %s "$work/out-figures/book.pdf") / $s}"), full resolution $(awk "BEGIN {printf \"%.2f\", $(stat -c %s "$work/out-full/book.pdf") / $s}") (target <= 1.3)"
