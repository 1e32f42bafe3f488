#!/usr/bin/env bash
# Benchmark: rebuilds that reuse what did not change. A scratch Maven project publishes the book (both
# editions, `mvn -o -q package`, no MAVEN_OPTS), then, rounds alternating:
#   clean   - from an empty target/, as the first build of a checkout;
#   edit    - after appending a sentence to one chapter in the middle of the book, target/ kept, so the
#             runs of chapters kept in target/imprint/runs are reused and only the edited one is set;
#   same    - nothing changed: the up-to-date check answers;
#   noop    - Maven's own no-op (`mvn -o -q validate` on an empty pom).
# Plugin time is a build's time less Maven's no-op. At the end the edited build's editions are compared
# byte for byte with a build of the same sources from an empty target/ with -Dimprint.force.
#
# Usage: bench/rebuild.sh BOOK_FOLDER [RUNS]
#        e.g. bench/rebuild.sh ../shared/corpus/les-miserables 5
set -euo pipefail
book=$(cd "$1" && pwd)
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
unset MAVEN_OPTS
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
mvn -q -B -ntp -DskipTests -Dinvoker.skip install >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

source "$root/bench/maven-projects.sh"
project "$work/book" publish
project "$work/clean" publish
noop_project "$work/noop"
files=("$work"/book/src/main/markdown/*.md)
edited=$(basename "${files[$(( ${#files[@]} / 2 ))]}")

declare -A times
timed() { # label, folder, command...
  local label=$1 dir=$2; shift 2
  local start end
  start=$(date +%s%N)
  (cd "$dir" && "$@" >"$work/out" 2>&1) || { echo "$label failed:" >&2; cat "$work/out" >&2; exit 1; }
  end=$(date +%s%N)
  times[$label]+="$(( (end - start) / 1000000 )) "
}
median() { printf '%s\n' $1 | sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }

(cd "$work/noop" && mvn -o -q validate >/dev/null)
(cd "$work/book" && mvn -o -q package >/dev/null)
for ((i = 0; i < runs; i++)); do
  timed noop "$work/noop" mvn -o -q validate
  rm -rf "$work/clean/target"
  timed clean "$work/clean" mvn -o -q package
  echo "An edit of round $i, as an author makes one between two builds." >> "$work/book/src/main/markdown/$edited"
  timed edit "$work/book" mvn -o -q package
  timed same "$work/book" mvn -o -q package
done
reused=$(cd "$work/book" && echo "One more." >> "src/main/markdown/$edited" && mvn -o -X package 2>&1 \
  | grep -o '[0-9,]* runs\? of chapters set by an earlier build' | head -1)
cp "$work/book/src/main/markdown/$edited" "$work/clean/src/main/markdown/$edited"
rm -rf "$work/clean/target"
(cd "$work/clean" && mvn -o -q package -Dimprint.force >/dev/null)
same=identical
for e in pdf epub; do
  cmp -s "$work/book/target/book-1.0.0.$e" "$work/clean/target/book-1.0.0.$e" || same="DIFFERENT ($e)"
done

m() { median "${times[$1]}"; }
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }
echo "book: $book ($(ls "$book"/*.md | wc -l) files); edited: $edited; medians of $runs rounds, default JVM, no MAVEN_OPTS"
for k in noop clean edit same; do
  printf '  %-6s median %6d ms  plugin %6d ms  (all: %s)\n' "$k" "$(m $k)" "$(( $(m $k) - $(m noop) ))" "${times[$k]}"
done
echo "edit / clean, plugin time: $(ratio $(( $(m edit) - $(m noop) )) $(( $(m clean) - $(m noop) )))"
echo "the last edit's build: $reused"
echo "edited build against a clean one with -Dimprint.force: $same"
