#!/usr/bin/env bash
# Times Kei.Toml and its peers (C++ toml++, Python tomllib, Node smol-toml, and Tomlyn 2.11.1, the .NET reader, as
# its model reader and its validating parse) on the same ~1 MB mixed document, in one run, side by side, and prints
# the ratios against the targets of docs/performance.md.
# Usage: [ROUNDS=3] bash benchmarks/toml-peers/run.sh [RUNS]   (installs what is missing: apt libtomlplusplus-dev, npm smol-toml)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
runs="${1:-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -f /usr/include/toml++/toml.h ] && [ "$(id -u)" = "0" ]; then
  apt-get install -y libtomlplusplus-dev >/dev/null
fi
if [ ! -d "$here/node_modules/smol-toml" ]; then
  (cd "$here" && npm install --no-audit --no-fund --no-package-lock --silent)
fi
g++ -O2 -std=c++17 -o "$work/tomlpp_bench" "$here/tomlpp_bench.cpp"

dotnet build -c Release "$repo/benchmarks/Kei.Toml.Benchmarks" >/dev/null
kei=(dotnet run -c Release --no-build --project "$repo/benchmarks/Kei.Toml.Benchmarks" --)
"${kei[@]}" corpus "$work" >/dev/null
file="$work/mixed-1mb.toml"
bytes=$(stat -c %s "$file")

# Rounds that take every reader in turn, so a busy spell of the machine falls on all of them alike; each figure
# is the median over the rounds of each round's median.
rounds="${ROUNDS:-3}"
: > "$work/times"
for round in $(seq "$rounds"); do
  for entry in bytes text decode tomlyn; do
    echo "kei_$entry $("${kei[@]}" time "$file" "$runs" "$entry")" >> "$work/times"
  done
  # Tomlyn's validating parse is 20-50x slower than Kei.Toml: a few runs give a stable median.
  echo "kei_tomlyn-validate $("${kei[@]}" time "$file" 5 tomlyn-validate)" >> "$work/times"
  echo "tomlpp $("$work/tomlpp_bench" "$file" "$runs")" >> "$work/times"
  echo "tomllib $(python3 "$here/tomllib_bench.py" "$file" "$runs")" >> "$work/times"
  echo "smol $(cd "$here" && node smol_bench.mjs "$file" "$runs")" >> "$work/times"
done
median() { grep "^$1 " "$work/times" | awk '{print $2}' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
python3 - "$bytes" $(for r in kei_bytes kei_text kei_decode tomlpp tomllib smol kei_tomlyn kei_tomlyn-validate; do median "$r"; done) <<'PY'
import sys
size = int(sys.argv[1])
kei_bytes, kei_text, kei_decode, tomlpp, tomllib, smol, tomlyn, tomlyn_validate = map(float, sys.argv[2:])
print(f"~1 MB mixed document: {size:,} bytes; median ms over rounds of runs (lower is better)")
print("| reader | ms | MB/s | Kei.Toml Parse(byte[]) is faster by | target |")
print("|---|---|---|---|---|")
rows = [("Kei.Toml Parse(byte[])", kei_bytes, None), ("Kei.Toml Parse(string)", kei_text, None),
        ("Kei.Toml: decode to a string, then Parse(string)", kei_decode, 1.0),
        ("C++ toml++ 3.3", tomlpp, 1.0), ("Python tomllib", tomllib, 10.0), ("Node smol-toml", smol, 2.0),
        ("Tomlyn 2.11.1 model (Deserialize<TomlTable>)", tomlyn, None), ("Tomlyn 2.11.1 validating parse", tomlyn_validate, None)]
for name, ms, target in rows:
    ratio = ms / kei_bytes
    verdict = "" if target is None else (f">= {target:g}x: " + ("met" if ratio >= target else "MISSED"))
    print(f"| {name} | {ms:.2f} | {size / ms / 1000:.1f} | {ratio:.2f}x | {verdict} |")
PY
