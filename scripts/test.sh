#!/usr/bin/env bash
# The project's test command: all set-up a fresh machine needs, then every test of the solution.
# Usage: bash scripts/test.sh   (results as TRX files under TestResults/)
set -euo pipefail
cd "$(dirname "$0")/.."

# A real single-node Slurm cluster for the Slurm adapter tests (root + apt only; skipped tests say why otherwise).
if [ -f scripts/slurm-local.sh ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  bash scripts/slurm-local.sh install || echo "slurm install failed; Slurm tests will be skipped" >&2
  bash scripts/slurm-local.sh start || echo "slurm start failed; Slurm tests will be skipped" >&2
fi

rm -rf TestResults
dotnet build KeiAnalyzers.sln -c Release
dotnet test KeiAnalyzers.sln -c Release --no-build --logger "trx" --results-directory TestResults "$@"
