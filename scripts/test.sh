#!/usr/bin/env bash
# The one test command (npm test): static checks, unit and server tests, the production
# build, then end-to-end tests in Chromium. Ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json reports/summary.txt

status=0
npm run --silent typecheck
npm run --silent lint
npx prettier --check . >/dev/null || { npx prettier --list-different .; echo "Formatting differs: run npx prettier --write ."; exit 1; }

npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || status=1
npm run --silent build
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json || status=1

node scripts/summarize-tests.mjs reports/vitest.json reports/playwright.json | tee reports/summary.txt
summary_status=${PIPESTATUS[0]}
[ "$summary_status" -eq 0 ] || status=1
exit "$status"
