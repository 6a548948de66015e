#!/usr/bin/env bash
# Times the TOML reader of a base revision against the working tree's, side by side in one run: both builds parse
# the same files (the ~1 MB mixed document and ~3 MB documents of five shapes) in alternating rounds, from bytes and
# from text; the working tree's Parse(byte[]) is also timed against decoding the bytes to a string and calling
# Parse(string). Each figure is the median over the rounds of each round's median; ratios below 1 mean faster.
#
# Usage: [ROUNDS=5] [DOCUMENTS="mixed-1mb mixed-3mb ..."] bash benchmarks/Kei.Toml.Benchmarks/compare-revisions.sh BASE_REVISION [RUNS]
# (DOCUMENTS picks some of the corpus: mixed-1mb and <shape>-3mb for the shapes mixed, long-array, many-tables,
# long-string, deep-arrays; all by default.)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
base_revision="${1:?usage: compare-revisions.sh BASE_REVISION [RUNS]}"
runs="${2:-20}"
rounds="${ROUNDS:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

mkdir -p "$work/base"
git -C "$repo" archive "$base_revision" | tar -x -C "$work/base"
dotnet build -c Release "$work/base/benchmarks/Kei.Toml.Benchmarks" -nologo -v:q >/dev/null
dotnet build -c Release "$repo/benchmarks/Kei.Toml.Benchmarks" -nologo -v:q >/dev/null
base=(dotnet "$work/base/benchmarks/Kei.Toml.Benchmarks/bin/Release/net10.0/Kei.Toml.Benchmarks.dll")
head=(dotnet "$repo/benchmarks/Kei.Toml.Benchmarks/bin/Release/net10.0/Kei.Toml.Benchmarks.dll")
"${head[@]}" corpus "$work/corpus" large >/dev/null

: > "$work/times"
for round in $(seq "$rounds"); do
  for file in "$work"/corpus/*.toml; do
    name="$(basename "$file" .toml)"
    if [ -n "${DOCUMENTS:-}" ] && [[ " $DOCUMENTS " != *" $name "* ]]; then continue; fi
    for entry in bytes text; do
      echo "$name base-$entry $("${base[@]}" time "$file" "$runs" "$entry")" >> "$work/times"
      echo "$name head-$entry $("${head[@]}" time "$file" "$runs" "$entry")" >> "$work/times"
    done
    echo "$name head-decode $("${head[@]}" time "$file" "$runs" decode)" >> "$work/times"
  done
done

python3 - "$work/times" "$base_revision" "$(git -C "$repo" rev-parse --short HEAD)" "$rounds" "$runs" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, what, ms = line.split()
    rows.setdefault((name, what), []).append(float(ms))
med = {key: statistics.median(values) for key, values in rows.items()}
names = sorted({name for name, _ in rows}, key=lambda n: (not n.startswith("mixed-1mb"), n))
base, head, rounds, runs = sys.argv[2:]
print(f"base {base} against the working tree (HEAD {head}); median ms over {rounds} rounds of {runs} runs (lower is better)")
print("| document | entry point | base ms | now ms | now / base |")
print("|---|---|---|---|---|")
for name in names:
    for entry, label in (("bytes", "Parse(byte[])"), ("text", "Parse(string)")):
        b, h = med[(name, "base-" + entry)], med[(name, "head-" + entry)]
        print(f"| {name} | {label} | {b:.2f} | {h:.2f} | {h / b:.2f} |")
print()
print("| document | Parse(byte[]) ms | decode, then Parse(string) ms | Parse(byte[]) / decode-then-parse |")
print("|---|---|---|---|")
for name in names:
    b, d = med[(name, "head-bytes")], med[(name, "head-decode")]
    print(f"| {name} | {b:.2f} | {d:.2f} | {b / d:.2f} |")
PY
