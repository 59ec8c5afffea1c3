#!/usr/bin/env bash
# Throughput of `claimtracker import`: 10,000 synthetic articles into a fresh SQLite file, extraction included.
#   bash tests/load/measure-import.sh [COUNT]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
count="${1:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
artifacts="${ARTIFACTS:-$work/artifacts}"

dotnet build "$root/src/ClaimTracker.Cli" -c Release --artifacts-path "$artifacts" -v quiet -nologo >/dev/null
python3 "$root/tests/load/generate-corpus.py" "$work/corpus" --count "$count"
cli="$(find "$artifacts/bin/ClaimTracker.Cli" -name claimtracker.dll -path '*release*' | head -n 1)"

# Migrations first, so the timing is the import alone.
ConnectionStrings__ClaimTracker="Data Source=$work/import.db" dotnet "$cli" migrate
# Wall time and CPU time: on a busy shared machine the CPU figure is the steadier one.
TIMEFORMAT="import of $count articles: %R s wall, %U s user + %S s sys CPU"
time (ConnectionStrings__ClaimTracker="Data Source=$work/import.db" dotnet "$cli" import "$work/corpus" 2>/dev/null)
TIMEFORMAT="re-run, all duplicates: %R s wall"
time (ConnectionStrings__ClaimTracker="Data Source=$work/import.db" dotnet "$cli" import "$work/corpus" 2>/dev/null | head -n 1)
