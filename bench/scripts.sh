#!/usr/bin/env bash
# Benchmark: an article in each script against the English article of the same length, PDF edition,
# whole processes (JVM start included), the JVM's defaults, median of N runs, pages alternating.
#
# Usage: bench/scripts.sh WORLD_FOLDER [RUNS] [CHARACTERS]   e.g. bench/scripts.sh ../shared/corpus/world 5
#
# Each page of the world folder (LANG-TOPIC/article.md) is repeated until its body holds CHARACTERS
# code points (60,000 unless told), so every article is as long as the others whatever its script's
# word length; the CJK faces are put on the class path as a user puts them on the plugin's.
set -euo pipefail
world=$(cd "$1" && pwd)
runs=${2:-5}
size=${3:-60000}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mvn -q -B -ntp -pl cli,fonts-cjk -am -DskipTests clean install >/dev/null
cli=$(ls "$root"/cli/target/imprint-cli-*.jar | grep -v original | head -1)
cjk=$(ls "$root"/fonts-cjk/target/imprint-fonts-cjk-*.jar | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pages=()
for page in "$world"/*/; do
  name=$(basename "$page")
  mkdir -p "$work/$name"
  python3 - "$page/article.md" "$work/$name/article.md" "$size" <<'PY'
import sys
text = open(sys.argv[1], encoding='utf-8').read()
front = text[:text.index('\n---', 3) + 4] if text.startswith('---') else ''
body = text[len(front):]
out = body
while len(out) < int(sys.argv[3]):
    out += '\n\n' + body
open(sys.argv[2], 'w', encoding='utf-8').write(front + out[:int(sys.argv[3])].rsplit('\n', 1)[0] + '\n')
PY
  pages+=("$name")
done
declare -A times
for ((i = 0; i < runs; i++)); do
  for name in "${pages[@]}"; do
    start=$(date +%s%N)
    java -cp "$cli:$cjk" io.github.imprint.cli.Main publish "$work/$name/article.md" --root "$work/$name" \
      --out "$work/out-$name" --name "$name" --formats pdf >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times[$name]="${times[$name]:-} $(( (end - start) / 1000000 ))"
  done
done
median() { printf '%s\n' $1 | sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
english=$(median "${times[en-python]}")
echo "articles of $size characters, PDF, default JVM, median of $runs (ms), ratio to English:"
for name in "${pages[@]}"; do
  m=$(median "${times[$name]}")
  awk -v n="$name" -v m="$m" -v e="$english" 'BEGIN { printf "%-16s %6d ms  %.2fx\n", n, m, m / e }'
done
