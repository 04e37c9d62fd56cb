#!/usr/bin/env bash
# npm test: unit, integration (real PostgreSQL and Redis) and end-to-end (whole platform over HTTP) tests.
# Extra arguments go to Jest, e.g. `npm test -- libs/policy`.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
bash tools/install.sh
bash tools/ensure-services.sh
mkdir -p tmp
status=0
npx jest --ci --maxWorkers="${JEST_WORKERS:-2}" --json --outputFile=tmp/jest-results.json "$@" || status=$?
node -e '
  const r = require("./tmp/jest-results.json");
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
  if (r.numTotalTests === 0) { console.error("No test ran: that is a failure."); process.exit(1); }
' || status=1
exit "$status"
