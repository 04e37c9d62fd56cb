#!/usr/bin/env bash
# npm start: from a fresh clone to the whole platform running (gateway + 4 subgraphs + their workers, and a local
# mail inbox unless SMTP_URL is set).
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
bash tools/install.sh
bash tools/ensure-services.sh
echo "[build] type-checking the workspace…"
npx tsc -p tsconfig.check.json
export SWC_NODE_PROJECT="$PWD/tsconfig.base.json"
node -r @swc-node/register tools/migrate.ts
exec node -r @swc-node/register tools/start.ts
