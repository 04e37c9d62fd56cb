#!/usr/bin/env bash
# Installs dependencies from the committed lockfile when node_modules is missing or older than the lockfile.
# (`npm ci` refuses this lockfile on these machines: it lists platform binaries the registry lacks.)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "[install] installing dependencies from package-lock.json…"
  npm install --no-audit --no-fund --loglevel=error
fi
