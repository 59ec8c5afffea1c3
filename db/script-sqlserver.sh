#!/usr/bin/env bash
# Regenerates the idempotent SQL Server script that DBAs apply in production (checked by a test to be current).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent --project src/ClaimTracker.Core \
  --context SqlServerClaimTrackerDbContext --output db/sqlserver-migrations.sql
# Line endings and trailing newline vary by platform; the check compares normalized text.
sed -i 's/\r$//' db/sqlserver-migrations.sql
