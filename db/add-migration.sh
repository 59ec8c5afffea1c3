#!/usr/bin/env bash
# Adds a migration NAME to both providers, then regenerates db/sqlserver-migrations.sql.
set -euo pipefail
name=${1:?usage: db/add-migration.sh NAME}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --project src/ClaimTracker.Core \
    --context "${provider}ClaimTrackerDbContext" \
    --output-dir "Migrations/$provider" --namespace "ClaimTracker.Core.Migrations.$provider"
done
"$root/db/script-sqlserver.sh"
