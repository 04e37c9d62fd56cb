#!/usr/bin/env bash
# npm test: unit, integration (real PostgreSQL and Redis) and end-to-end (whole platform over HTTP) tests.
# The policy core and the message templates (libs/messages) run first, each with its 100% coverage threshold
# enforced. Extra arguments go to the last Jest run, e.g. `npm test -- apps/intake`.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
bash tools/install.sh
bash tools/ensure-services.sh
mkdir -p tmp
status=0
# Suites keep their schemas until the end of the run (MikroORM reads every schema's catalogue; see test-isolation.ts).
export TEST_SCHEMAS_DROPPED_AFTER_RUN=1
echo "::: policy core (coverage enforced)"
npx jest --ci -c libs/policy/jest.config.js --coverage --coverageReporters=text-summary --json --outputFile=tmp/jest-policy.json || status=$?
echo "::: message templates (coverage enforced)"
npx jest --ci -c libs/messages/jest.config.js --coverage --coverageReporters=text-summary --json --outputFile=tmp/jest-messages.json || status=$?
echo "::: everything else"
npx jest --ci --maxWorkers="${JEST_WORKERS:-2}" --ignoreProjects policy messages --json --outputFile=tmp/jest-rest.json "$@" || status=$?
node -e '
  const runs = ["./tmp/jest-policy.json", "./tmp/jest-messages.json", "./tmp/jest-rest.json"].map((f) => { try { return require(f); } catch { return { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTotalTests: 0 }; } });
  const sum = (k) => runs.reduce((n, r) => n + r[k], 0);
  console.log(`\n${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests")} skipped`);
  if (sum("numTotalTests") === 0) { console.error("No test ran: that is a failure."); process.exit(1); }
' || status=1
SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/drop-test-schemas.ts || true
exit "$status"
