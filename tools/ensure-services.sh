#!/usr/bin/env bash
# Makes sure PostgreSQL and Redis answer at DATABASE_URL / REDIS_URL, and that the database exists.
# Starts the local Debian services when installed but down; installs them with apt-get when absent and
# running as root; otherwise says exactly what to run. Every wait is bounded: never a silent hang.
set -euo pipefail

DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/redress}"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
WAIT_SECONDS="${SERVICES_WAIT_SECONDS:-30}"

say() { printf '[services] %s\n' "$*"; }
fail() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

# postgresql://user[:pass]@host:port/db -> parts (no external parser needed for this shape)
re='^postgres(ql)?://(([^:@/]+)(:([^@/]*))?@)?([^:/?]+)(:([0-9]+))?/([^?]+)'
[[ "$DATABASE_URL" =~ $re ]] || fail "DATABASE_URL '$DATABASE_URL' is not of the form postgresql://user@host:port/database"
PG_USER="${BASH_REMATCH[3]:-postgres}"; PG_PASS="${BASH_REMATCH[5]:-}"; PG_HOST="${BASH_REMATCH[6]}"; PG_PORT="${BASH_REMATCH[8]:-5432}"; PG_DB="${BASH_REMATCH[9]}"
rre='^rediss?://([^@]*@)?([^:/]+)(:([0-9]+))?'
[[ "$REDIS_URL" =~ $rre ]] || fail "REDIS_URL '$REDIS_URL' is not of the form redis://host:port"
R_HOST="${BASH_REMATCH[2]}"; R_PORT="${BASH_REMATCH[4]:-6379}"

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }
is_local() { [[ "$1" == 127.0.0.1 || "$1" == localhost || "$1" == ::1 ]]; }
wait_port() {
  local i
  for ((i = 0; i < WAIT_SECONDS * 2; i++)); do port_open "$1" "$2" && return 0; sleep 0.5; done
  return 1
}
apt_install() {
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then return 1; fi
  say "installing $* with apt-get (one-time)…"
  timeout 600 apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq "$@" >/dev/null
}

ensure_postgres() {
  if port_open "$PG_HOST" "$PG_PORT"; then return 0; fi
  is_local "$PG_HOST" || fail "PostgreSQL at $PG_HOST:$PG_PORT does not answer. Start it, or point DATABASE_URL at one that runs."
  if ! command -v pg_ctlcluster >/dev/null; then
    apt_install postgresql || fail "PostgreSQL is not installed. Run: sudo apt-get install -y postgresql  (or set DATABASE_URL to a running server)"
  fi
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n1)
  [[ -n "$version" ]] || fail "PostgreSQL is installed but has no cluster. Run: sudo pg_createcluster --start 15 main"
  say "starting PostgreSQL $version…"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || sudo -n pg_ctlcluster "$version" main start 2>/dev/null \
    || fail "could not start PostgreSQL. Run: sudo pg_ctlcluster $version main start"
  wait_port "$PG_HOST" "$PG_PORT" || fail "PostgreSQL did not answer on $PG_HOST:$PG_PORT within ${WAIT_SECONDS}s. See /var/log/postgresql/."
}

ensure_redis() {
  if port_open "$R_HOST" "$R_PORT"; then return 0; fi
  is_local "$R_HOST" || fail "Redis at $R_HOST:$R_PORT does not answer. Start it, or point REDIS_URL at one that runs."
  if ! command -v redis-server >/dev/null; then
    apt_install redis-server || fail "Redis is not installed. Run: sudo apt-get install -y redis-server  (or set REDIS_URL to a running server)"
  fi
  say "starting Redis on port $R_PORT…"
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 --port "$R_PORT" --save "" --appendonly no --dir /tmp --logfile /tmp/redress-redis.log >/dev/null \
    || fail "could not start Redis. Run: redis-server --daemonize yes --port $R_PORT"
  wait_port "$R_HOST" "$R_PORT" || fail "Redis did not answer on $R_HOST:$R_PORT within ${WAIT_SECONDS}s. See /tmp/redress-redis.log."
}

ensure_database() {
  command -v psql >/dev/null || { say "psql not found: assuming database $PG_DB exists"; return 0; }
  export PGPASSWORD="$PG_PASS" PGCONNECT_TIMEOUT=5
  local exists
  exists=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc "select 1 from pg_database where datname = '$PG_DB'") \
    || fail "cannot log in to PostgreSQL as $PG_USER at $PG_HOST:$PG_PORT. Check the user and password in DATABASE_URL."
  if [[ "$exists" != 1 ]]; then
    say "creating database $PG_DB…"
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qc "create database \"$PG_DB\"" >/dev/null
  fi
}

ensure_postgres
ensure_redis
ensure_database
say "PostgreSQL at $PG_HOST:$PG_PORT/$PG_DB and Redis at $R_HOST:$R_PORT are answering."

# poppler's pdftotext: the tests read the text of every PDF letter (and report) with it.
ensure_pdftotext() {
  command -v pdftotext >/dev/null && return 0
  apt_install poppler-utils || fail "pdftotext is not installed (the PDF tests read letters with it). Run: sudo apt-get install -y poppler-utils"
  command -v pdftotext >/dev/null || fail "poppler-utils installed but pdftotext is not on PATH. Run: sudo apt-get install --reinstall -y poppler-utils"
}
ensure_pdftotext
say "pdftotext (poppler-utils) is installed."

# The portal's browser tests drive Debian's Chromium (never a downloaded browser build). Only the tests need it, so
# without it (not root, no apt-get) the platform still starts, and this says what to run.
ensure_chromium() {
  if [[ -x /usr/bin/chromium ]]; then say "Chromium is installed at /usr/bin/chromium."; return 0; fi
  if apt_install chromium && [[ -x /usr/bin/chromium ]]; then say "Chromium is installed at /usr/bin/chromium."; return 0; fi
  say "WARNING: Chromium is not installed, so the portal's browser tests (tools/e2e/portal.e2e-spec.ts) cannot run. Run: sudo apt-get install -y chromium"
}
ensure_chromium
