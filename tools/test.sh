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
# Suites that start two platforms or a PostgreSQL of their own run alone, after the rest (see tools/jest.config.js).
alone='/e2e/(crash-and-replicas|postgres-restart)\.e2e-spec\.ts$'
rm -f tmp/jest-alone.json
if [ "$#" -eq 0 ]; then
  echo "::: everything else"
  TEST_RUN_ALONE="$alone" npx jest --ci --maxWorkers="${JEST_WORKERS:-2}" --ignoreProjects policy messages --json --outputFile=tmp/jest-rest.json || status=$?
  echo "::: resilience (one at a time)"
  npx jest --ci --runInBand --selectProjects tools --testPathPatterns "$alone" --json --outputFile=tmp/jest-alone.json || status=$?
else
  echo "::: everything else (as asked: $*)"
  npx jest --ci --maxWorkers="${JEST_WORKERS:-2}" --ignoreProjects policy messages --json --outputFile=tmp/jest-rest.json "$@" || status=$?
fi
node -e '
  const none = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTotalTests: 0 };
  const runs = ["./tmp/jest-policy.json", "./tmp/jest-messages.json", "./tmp/jest-rest.json", "./tmp/jest-alone.json"].map((f) => { try { return require(f); } catch { return none; } });
  const sum = (k) => runs.reduce((n, r) => n + r[k], 0);
  console.log(`\n${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests")} skipped`);
  if (sum("numTotalTests") === 0) { console.error("No test ran: that is a failure."); process.exit(1); }
' || status=1
SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/drop-test-schemas.ts || true
exit "$status"
