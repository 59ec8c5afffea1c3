#!/usr/bin/env bash
# Restores, builds with warnings as errors and runs every test project; ends with one summary line
# "N passed, N failed, N skipped" summed over all projects. Installs what the tests need.
set -uo pipefail
cd "$(dirname "$0")"

configuration=${CONFIGURATION:-Release}
results=$(mktemp -d "${TMPDIR:-/tmp}/claimtracker-tests.XXXXXX")
trap 'rm -rf "$results"' EXIT

# Browser tests drive Debian's chromium; install it when a browser test project exists and it is missing.
if [ -d tests/ClaimTracker.EndToEnd ] && ! command -v chromium >/dev/null 2>&1; then
  echo "Installing chromium for the browser tests..."
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null \
    || { echo "could not install chromium"; echo "0 passed, 1 failed"; exit 1; }
fi

dotnet tool restore >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
dotnet restore ClaimTracker.sln --nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
dotnet build ClaimTracker.sln -c "$configuration" --no-restore --nologo -v quiet -warnaserror \
  || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

# One project at a time: each gets its own results file, and the two cores are not oversubscribed.
status=0
projects=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  [ "$name" = ClaimTracker.Benchmarks ] && continue
  projects=$((projects + 1))
  dotnet test "$project" -c "$configuration" --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=$?
done

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value total) - $(value executed)))
done

if [ "$files" -eq 0 ] || { [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
  # The runner failed without reporting a failing test (crash, missing results): count that as a failure.
  failed=$((failed + 1))
  status=1
fi

if [ "$files" -lt "$projects" ]; then
  # A test project whose run left no results (its test host killed, say) ran no tests that can be counted.
  echo "$((projects - files)) test project(s) left no results"
  failed=$((failed + projects - files))
  status=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
