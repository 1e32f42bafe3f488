#!/usr/bin/env bash
# Benchmark: both editions of an mdBook kept as its authors keep it (SUMMARY.md in src/, book.toml one
# level up), as a whole process through the CLI jar, beside a novel's both editions in the same run,
# reported as milliseconds per PDF page. Medians over N runs; JVM defaults, no flags.
#
# Usage: bench/mdbook.sh MDBOOK_FOLDER NOVEL_FOLDER [RUNS]
#   e.g. bench/mdbook.sh ../shared/corpus/cargo-book ../shared/corpus/les-miserables 5
set -euo pipefail
mdbook=$(cd "$1" && pwd)
novel=$(cd "$2" && pwd)
runs=${3:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mvn -q -B -ntp -pl cli -am -DskipTests clean install >/dev/null
jar=$(ls "$root"/cli/target/imprint-cli-*.jar | grep -v original | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$mdbook" "$work/mdbook"
mkdir -p "$work/novel/images"
cp -r "$novel" "$work/novel/book"
chmod -R u+w "$work"
printf '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#eee"/></svg>\n' > "$work/novel/images/banknote.svg"

measure() { # label, source, root, name
  local label=$1 source=$2 project=$3 name=$4
  local times=()
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    java -jar "$jar" publish "$source" --root "$project" --out "$work/out" --name "$name" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local median pages
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  pages=$(pdfinfo "$work/out/$name.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  echo "$label: median $median ms over $runs runs, $pages pages, $(awk -v t="$median" -v p="$pages" 'BEGIN {printf "%.2f", t / p}') ms per page"
}
measure "mdBook, both editions" "$work/mdbook/src" "$work/mdbook" mdbook
measure "novel, both editions " "$work/novel/book" "$work/novel" novel
