#!/usr/bin/env bash
# Load test on loopback: generates data, starts the published app, signs in, and drives wrk against
# the article list, the review page of a ~100-claim article, the report page, the public page of that report
# (published with every claim reviewed, read anonymously), search, and the fact-check library's "Has this been
# checked?" search and earlier-checks fragment (over a library of LIBRARY checks, default 2000, so the sentence
# model and the library's index are loaded and in use when the app's memory is read).
# Not part of the test run. Usage: tests/load/run-wrk.sh  (ARTICLES, CONNECTIONS, DURATION, THREADS, WARMUP to tune;
# DB=path/to/copy.db reuses an already generated database instead of generating one; ROWS=regex runs only the rows
# whose name matches, e.g. ROWS=public; VECTORS=0 skips computing the claims' sentence vectors before the app starts,
# leaving them to the app's background embedder while the rows run)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
articles=${ARTICLES:-10000}
connections=${CONNECTIONS:-32}
duration=${DURATION:-20s}
threads=${THREADS:-1}
port=${PORT:-5311}
work=$(mktemp -d "${TMPDIR:-/tmp}/claimtracker-load.XXXXXX")
trap 'kill "${app:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

echo "== publishing (Release)"
dotnet publish "$root/src/ClaimTracker.Web" -c Release --artifacts-path "$work/build" -o "$work/web" --nologo -v quiet >/dev/null
dotnet publish "$root/src/ClaimTracker.Cli" -c Release --artifacts-path "$work/build" -o "$work/cli" --nologo -v quiet >/dev/null

export ConnectionStrings__ClaimTracker="Data Source=$work/load.db"
if [ -n "${DB:-}" ]; then
  echo "== using a copy of $DB"
  sqlite3 "$DB" ".backup '$work/load.db'"
else
  echo "== generating $articles articles"
  dotnet "$work/cli/claimtracker.dll" generate --articles "$articles"
fi
# Every claim's vector and the claim index file exist before the app starts, as on a settled installation: the
# app loads the index instead of embedding every claim in the background while the rows are measured.
if [ "${VECTORS:-1}" != 0 ]; then
  echo "== computing claim vectors"
  dotnet "$work/cli/claimtracker.dll" vectors rebuild 2>&1 | tail -n 2
fi
password='Load-Test-Passw0rd!'
echo "$password" | dotnet "$work/cli/claimtracker.dll" users add --email load@example.org --role Editor --password-stdin >/dev/null

# Development only so the sign-in cookie travels over plain http to wrk; everything else is the published app.
# Extra settings (NAME=value) go to the app's environment.
start_app() {
  env ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning "$@" \
    dotnet "$work/web/ClaimTracker.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$work/web" >>"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
}
stop_app() {
  echo "== app memory: $(awk '/^VmHWM/ {printf "peak RSS %.0f MB", $2/1024} /^VmRSS/ {printf ", now %.0f MB", $2/1024} /^RssAnon/ {printf " (anonymous %.0f MB", $2/1024} /^RssFile/ {printf ", files %.0f MB", $2/1024} /^RssShmem/ {printf ", shared %.0f MB)", $2/1024}' /proc/$app/status)"
  kill "$app"; wait "$app" 2>/dev/null || true
}
# wrk is one client address: the per-client limit on the public pages would refuse it, so it is off here.
start_app RateLimiting__Public__PermitLimit=0
base="http://127.0.0.1:$port"
jar="$work/cookies"
# Signs in afresh. A browser stores the cookie the app renews after each security-stamp check (every minute);
# wrk replays one fixed cookie, so a stale one would re-validate against the database on every request.
signin() {
  rm -f "$jar"
  local token
  token=$(curl -s -c "$jar" "$base/Identity/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "Input.Email=load@example.org" --data-urlencode "Input.Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Identity/Account/Login"
  cookie=$(awk '$6 == "ClaimTracker.Auth" { print $6 "=" $7 }' "$jar")
  [ -n "$cookie" ] || { echo "sign-in failed"; exit 1; }
}
signin

long=$(sqlite3 "$work/load.db" "SELECT ArticleId FROM Claims GROUP BY ArticleId ORDER BY abs(count(*) - 100) LIMIT 1;")
claims=$(sqlite3 "$work/load.db" "SELECT count(*) FROM Claims WHERE ArticleId = $long;")
total=$(sqlite3 "$work/load.db" "SELECT count(*) FROM Claims;")
echo "== database: $(sqlite3 "$work/load.db" "SELECT count(*) FROM Articles;") articles, $total claims; review page article $long has $claims claims"
echo "== wrk: $threads thread(s), $connections connections, $duration each, on loopback (wrk shares the 2 cores with the app)"

run() {
  local name=$1 path=$2 conns=${3:-$connections} warmup=${4:-${WARMUP:-90s}}
  [[ "$name" =~ ${ROWS:-.} ]] || return 0
  signin
  curl -sf -o /dev/null -H "Cookie: $cookie" "$base$path" || { echo "$name: $path does not answer 200"; return; }
  # Warm-up (tiered JIT, caches) first; only the second run is reported. Tiering takes as long as the machine needs:
  # on a slow 2-core VM the JIT was still busy a whole core 45 s into the load and quiet only after ~70 s
  # (dotnet-counters, dotnet.jit.compilation.time), so the default leaves room.
  wrk -t"$threads" -c"$conns" -d"$warmup" -H "Cookie: $cookie" "$base$path" >/dev/null
  signin
  wrk -t"$threads" -c"$conns" -d"$duration" -H "Cookie: $cookie" -s "$root/tests/load/latency.lua" "$base$path" \
    | grep RESULT | sed "s|RESULT|$name (${path//&/\\&}, $conns conns)|"
}

# The public page for readers, anonymous as readers are. Its claims are all marked reviewed first, so the public
# version shows every one of them, then an Editor publishes it through the report page as a browser would.
run_public() {
  local name=$1 path=$2 conns=${3:-$connections} warmup=${4:-${WARMUP:-90s}}
  [[ "$name" =~ ${ROWS:-.} ]] || return 0
  curl -sf -o /dev/null "$base$path" || { echo "$name: $path does not answer 200"; return; }
  wrk -t"$threads" -c"$conns" -d"$warmup" "$base$path" >/dev/null
  wrk -t"$threads" -c"$conns" -d"$duration" -s "$root/tests/load/latency.lua" "$base$path" \
    | grep RESULT | sed "s|RESULT|$name ($path, $conns conns)|"
}
publish_long() {
  sqlite3 "$work/load.db" "UPDATE Claims SET ReviewedAt = '2026-11-01 00:00:00' WHERE ArticleId = $long AND ReviewedAt IS NULL;"
  local token
  token=$(curl -s -b "$jar" -c "$jar" "$base/Reports/$long" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "Input.CorrectionsNote=Load test" --data-urlencode "__RequestVerificationToken=$token" "$base/Reports/$long?handler=Publish"
  echo "== published the report of article $long: $(sqlite3 "$work/load.db" "SELECT count(*) FROM PublishedReports WHERE ArticleId = $long;") version(s)"
}

run "article list" "/Articles"
run "review page" "/Articles/$long"
run "report page" "/Reports/$long"
signin
publish_long
run_public "public report page" "/r/$long"
# Repeating one search measures the result cache (kept until any claim, article or source changes) ...
run "search, cached" "/Search?q=budget"
run "search, cached" "/Search?q=budget" 4 10s

# The fact-check library: other desks' checks, imported (their vectors computed by the CLI), beside the own checks
# the published report added (their vectors computed by the app in the background). Every request embeds its
# sentence with the model and ranks the library by meaning and by words.
library_rows() {
  sqlite3 -csv "$work/load.db" "SELECT 'claim', 'rating', 'url', 'checked by';
    SELECT Text, 'False', 'https://checks.example/' || Id, 'Load Desk' FROM Claims WHERE ArticleId <> $long AND length(Text) > 40 ORDER BY Id LIMIT ${LIBRARY:-2000};"
}
query= earlier=
if [[ "fact-check" =~ ${ROWS:-.} ]]; then
  library_rows > "$work/library.csv"
  dotnet "$work/cli/claimtracker.dll" factchecks import "$work/library.csv" 2>/dev/null | tail -n 1
  # The app embeds the published report's own checks in the background: wait until none is pending.
  for _ in $(seq 120); do
    [ "$(sqlite3 "$work/load.db" "SELECT count(*) FROM FactChecks WHERE VectorModel IS NULL;")" = 0 ] && break; sleep 1
  done
  echo "== fact-check library: $(sqlite3 "$work/load.db" "SELECT count(*) FROM FactChecks WHERE VectorModel IS NOT NULL;") checks with vectors"
  sentence=$(sqlite3 "$work/load.db" "SELECT Text FROM Claims WHERE ArticleId <> $long AND length(Text) > 60 ORDER BY Id DESC LIMIT 1;")
  query=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$sentence")
  earlier=$(sqlite3 "$work/load.db" "SELECT Id FROM Claims WHERE ArticleId = $long ORDER BY Id LIMIT 1;")
fi
run "fact-check search" "/FactChecks/Check?q=$query" 4
run "fact-check earlier" "/FactChecks/Earlier?claimId=$earlier&fragment=true" 4
stop_app
# ... so search is measured again with the cache off: the cost of every new or changed search.
start_app Search__ResultCacheEntries=0
run "search, cache off" "/Search?q=budget"
run "search, cache off" "/Search?q=budget" 16 10s
run "search, cache off" "/Search?q=budget" 4 10s
stop_app
