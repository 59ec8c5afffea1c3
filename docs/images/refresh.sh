#!/usr/bin/env bash
# Retakes the README's screenshots (review-page.png, report.png) with the browser tests: the review flow writes
# them here when CLAIMTRACKER_SCREENSHOTS names this folder. Needs Debian's chromium (./test.sh installs it).
# pngquant, when installed, reduces them to a palette (a third of the size, no visible loss on a screenshot).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."

dotnet build tests/ClaimTracker.EndToEnd -c Release --nologo -v quiet
CLAIMTRACKER_SCREENSHOTS="$here" dotnet test tests/ClaimTracker.EndToEnd -c Release --no-build --nologo \
  --filter "FullyQualifiedName~ReviewFlowTests.Reviewer_imports_an_article"

if command -v pngquant >/dev/null 2>&1; then
  pngquant --force --skip-if-larger --quality 70-95 --ext .png "$here"/review-page.png "$here"/report.png || true
fi
ls -l "$here"/*.png
