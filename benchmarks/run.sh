#!/usr/bin/env bash
# The one benchmark command of the repository: builds in Release and runs every benchmark of
# the quality targets (docs/performance.md), each printing its table, then prints all tables again together.
#
#   bash benchmarks/run.sh            # everything (TOML reader and conformance, Tomlyn, peers, linear growth, fuzzer, analyzers, real code, generator, build)
#   QUICK=1 bash benchmarks/run.sh    # shorter: stopwatch TOML figures, 100,000 fuzz inputs, fewer analyzer files
#   PROFILE=1 bash benchmarks/run.sh  # also a sampled CPU profile of the analyzer pass, summarised
#
# Every speed figure is measured side by side in one run (alternating rounds, medians); see docs/performance.md.
# Exit status: 0 when every benchmark ran (a missed target is reported in its table, not as a failure), 1 otherwise.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
quick="${QUICK:-0}"
failed=()

# Runs one section, echoing its output and keeping it for the summary; a failure is recorded, not fatal.
run_section() {
  local name="$1"; shift
  echo; echo "=== $name"; echo "\$ $*"
  if ! "$@" 2>&1 | tee "$logs/$name.log"; then failed+=("$name"); fi
}

missing() { echo; echo "=== $1"; echo "missing: $2 (not run)" | tee "$logs/$1.log"; }

toml="$here/Kei.Toml.Benchmarks/Kei.Toml.Benchmarks.csproj"
if [ -f "$toml" ]; then
  dotnet build -c Release "$toml" -nologo -v:q || failed+=("toml-build")
  toml_run=(dotnet run -c Release --no-build --project "$toml" --)
  run_section toml-conformance "${toml_run[@]}" conformance
  if [ "$quick" = "1" ]; then
    run_section toml-reader "${toml_run[@]}" quick
    run_section toml-alloc "${toml_run[@]}" alloc
    run_section toml-linear "${toml_run[@]}" linear 3
    run_section toml-fuzz "${toml_run[@]}" fuzz 100000
  else
    run_section toml-reader "${toml_run[@]}" bench
    run_section toml-alloc "${toml_run[@]}" alloc
    run_section toml-linear "${toml_run[@]}" linear 7
    run_section toml-fuzz "${toml_run[@]}" fuzz 1000000
  fi
else
  missing toml-reader "benchmarks/Kei.Toml.Benchmarks (TOML reader benchmark and fuzzer)"
fi

if [ -f "$here/toml-peers/run.sh" ]; then
  run_section toml-peers bash "$here/toml-peers/run.sh"
else
  missing toml-peers "benchmarks/toml-peers/run.sh (toml++, tomllib, smol-toml, Tomlyn)"
fi

analyzers="$here/Kei.Analyzers.Benchmarks/Kei.Analyzers.Benchmarks.csproj"
dotnet build -c Release "$analyzers" -nologo -v:q || failed+=("analyzers-build")
analyzer_args=(all)
if [ "$quick" = "1" ]; then analyzer_args=(all --files 300 --rounds 1); fi
run_section analyzers-generator-build dotnet run -c Release --no-build --project "$analyzers" -- "${analyzer_args[@]}"

# The analyzers over real code: the repository's own src/ as one compilation (any folder can be given the same way,
# e.g. a checkout of another project: -- corpus path/to/src --implicit-usings; docs/performance.md, "Real code").
corpus_args=(corpus src)
if [ "$quick" = "1" ]; then corpus_args+=(--rounds 1); else corpus_args+=(--rounds 5); fi
run_section analyzers-real-code dotnet run -c Release --no-build --project "$analyzers" -- "${corpus_args[@]}"

# PROFILE=1: a sampled CPU profile of the analyzer pass (dotnet-trace, installed into a temporary tool folder from
# the NuGet registry; not a project dependency), summarised by benchmarks/profile/summary.py (docs/performance.md).
if [ "${PROFILE:-0}" = "1" ]; then
  tools="$logs/tools"
  if dotnet tool install --tool-path "$tools" dotnet-trace >/dev/null; then
    profiler=("$tools/dotnet-trace" collect --format Speedscope -o "$logs/analyzers.nettrace" --)
    run_section analyzers-profile "${profiler[@]}" "$here/Kei.Analyzers.Benchmarks/bin/Release/net10.0/Kei.Analyzers.Benchmarks" profile --rounds 2
    run_section analyzers-profile-summary python3 "$here/profile/summary.py" "$logs/analyzers.speedscope.json" --top 15
  else
    missing analyzers-profile "dotnet-trace (dotnet tool install failed)"
  fi
fi

echo; echo "=== summary (machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB, dotnet $(dotnet --version), $(date -u +%Y-%m-%dT%H:%MZ))"
for log in "$logs"/*.log; do
  echo; echo "--- $(basename "$log" .log)"
  # A program that prints its table after each section ends with the complete one: show only that.
  if grep -q '^=== all results' "$log"; then sed -n '/^=== all results/,$p' "$log" | grep -E '^\||target'
  else grep -E '^\||^missing:|MISSED|targets? (met|missed)' "$log" || tail -n 3 "$log"; fi
done
if [ "${#failed[@]}" -gt 0 ]; then echo; echo "failed to run: ${failed[*]}"; exit 1; fi
