#!/usr/bin/env bash
# Times the TOML reader of a base revision against the working tree's, side by side in one process: the base's
# Kei.Toml.dll is built from `git archive` and loaded beside the current one (the benchmark's `compare` mode), and
# both parse the same files, from bytes and from text, in alternating rounds timed by thread CPU time (a busy
# machine slows both alike). The working tree's Parse(byte[]) is also timed against decoding the bytes to a string
# and calling Parse(string). Files: the ~1 MB mixed document and ~3 MB documents of five shapes.
#
# Usage: [ROUNDS=7] [RUNS=10] [DOCUMENTS="mixed-1mb mixed-3mb ..."] bash benchmarks/Kei.Toml.Benchmarks/compare-revisions.sh BASE_REVISION
# (DOCUMENTS picks some of the corpus: mixed-1mb and <shape>-3mb for the shapes mixed, long-array, many-tables,
# long-string, deep-arrays; all by default.)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
base_revision="${1:?usage: compare-revisions.sh BASE_REVISION}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

mkdir -p "$work/base"
git -C "$repo" archive "$base_revision" | tar -x -C "$work/base"
dotnet build -c Release "$work/base/src/Kei.Toml" -nologo -v:q >/dev/null
dotnet build -c Release "$repo/benchmarks/Kei.Toml.Benchmarks" -nologo -v:q >/dev/null
benchmark=(dotnet "$repo/benchmarks/Kei.Toml.Benchmarks/bin/Release/net10.0/Kei.Toml.Benchmarks.dll")
"${benchmark[@]}" corpus "$work/corpus" large >/dev/null
files=()
for file in "$work"/corpus/*.toml; do
  name="$(basename "$file" .toml)"
  if [ -z "${DOCUMENTS:-}" ] || [[ " $DOCUMENTS " == *" $name "* ]]; then files+=("$file"); fi
done

echo "base $base_revision against the working tree (HEAD $(git -C "$repo" rev-parse --short HEAD))"
"${benchmark[@]}" compare "$work/base/src/Kei.Toml/bin/Release/netstandard2.0/Kei.Toml.dll" "${ROUNDS:-7}" "${RUNS:-10}" "${files[@]}"
