# Shared set-up for scripts/demo and scripts/test (sourced, not run).
# Installs missing Debian packages, builds, and runs a private PostgreSQL
# cluster under .orderd/ unless ORDERD_DATABASE_URL points elsewhere.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE="$ROOT/.orderd"

# Debian 12 packages needed to build and run orderd and its tests.
PACKAGES="gcc meson ninja-build pkg-config libcurl4-gnutls-dev libetpan-dev libjson-c-dev
 libpq-dev libyaml-dev libgnutls28-dev libcmocka-dev libzip-dev libexpat1-dev libfreexl-dev libuchardet-dev postgresql tzdata python3 clang-format
 openssl ca-certificates dovecot-imapd libpoppler-glib-dev libglib2.0-dev poppler-data strace"

say() { printf '==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# GNU time: the throughput bench's peak RSS and CPU (scripts/bench).
PACKAGES="$PACKAGES time"

# systemd-analyze: the unit check (tests/tools/check_unit.py); scdoc: the man pages.
PACKAGES="$PACKAGES systemd scdoc"

# The configuration schema check (tests/tools/check_schema.py).
PACKAGES="$PACKAGES python3-jsonschema python3-yaml"

# orderd's /metrics and /healthz (http.listen); orderweb and its users' password hashes.
PACKAGES="$PACKAGES libmicrohttpd-dev libsodium-dev"
# test_report_html.py renders the HTML report headless; the CJK font draws its Chinese
PACKAGES="$PACKAGES chromium fonts-noto-cjk"

# The console's browser test (tests/integration/test_web_browser.py): node
# runs puppeteer-core and axe-core from npm (browser_packages below). The
# machine's own Node.js and npm are used when it has them: Debian's npm
# package conflicts with a nodejs that bundles npm (NodeSource's), and one
# refused package makes apt-get install none of the list.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    PACKAGES="$PACKAGES nodejs npm"
fi

# The Debian package (scripts/build-deb, debian/).
PACKAGES="$PACKAGES debhelper dpkg-dev"

# The feed's disk campaign (tests/integration/test_faults_disk.py): a small
# ext4 volume (mkfs.ext4) on a loop device (losetup, mount), and orderd run
# as another user (setpriv).
PACKAGES="$PACKAGES e2fsprogs mount util-linux"

ensure_packages() {
    local missing="" p
    for p in $PACKAGES "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        printf 'Missing Debian packages. Install them with:\n  sudo apt-get install -y%s\n' \
            "$missing" >&2
        exit 1
    fi
    say "installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
        die "apt-get could not install:$missing"
}

# npm ci in tests/browser: puppeteer-core and axe-core as
# tests/browser/package-lock.json pins them. When npm cannot reach its
# registry (offline) it says so and leaves tests/browser/.npm-offline, and
# the browser test skips with that reason; any other failure stops.
browser_packages() {
    local dir="$ROOT/tests/browser" log
    if [ -d "$dir/node_modules/puppeteer-core" ] && [ -d "$dir/node_modules/axe-core" ] &&
        [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
        rm -f "$dir/.npm-offline"
        return 0
    fi
    mkdir -p "$STATE"
    log="$STATE/npm-ci.log"
    if (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >"$log" 2>&1; then
        rm -f "$dir/.npm-offline"
        say "npm ci in tests/browser"
        return 0
    fi
    if grep -qE 'ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH' "$log"; then
        cp "$log" "$dir/.npm-offline"
        say "npm cannot reach its registry: test_web_browser.py will be skipped ($log)"
        return 0
    fi
    cat "$log"
    die "npm ci in tests/browser failed"
}

# build DIR [meson options...]: a directory set up before takes the -D options
# given now (-Dtest_hooks=true came after many build directories were made)
build() {
    local dir=$1 a
    local opts=()
    shift
    if [ ! -f "$ROOT/$dir/build.ninja" ]; then
        meson setup "$ROOT/$dir" "$ROOT" "$@" >/dev/null || die "meson setup $dir failed"
    else
        for a in "$@"; do
            case $a in -D*) opts+=("$a") ;; esac
        done
        if [ ${#opts[@]} -gt 0 ]; then
            meson configure "$ROOT/$dir" "${opts[@]}" >/dev/null || die "meson configure $dir failed"
        fi
    fi
    ninja -C "$ROOT/$dir" >/dev/null || { ninja -C "$ROOT/$dir"; die "build $dir failed"; }
}

pg_bindir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -x "$d/initdb" ] || die "PostgreSQL server binaries not found under /usr/lib/postgresql"
    echo "$d"
}

# Run a command as the cluster's owner: root cannot run initdb/postgres.
as_pg_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Start (or reuse) the private cluster and export ORDERD_DATABASE_URL.
start_postgres() {
    if [ -n "${ORDERD_DATABASE_URL:-}" ]; then
        say "using ORDERD_DATABASE_URL from the environment"
        return 0
    fi
    local bin pgdir port
    bin=$(pg_bindir)
    pgdir="$STATE/pg"
    # The cluster's owner must reach the directory: as root that is the
    # postgres user, which may not traverse a private home directory.
    if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$ROOT"; then
        pgdir="/var/tmp/orderd-pg-$(printf '%s' "$ROOT" | md5sum | cut -c1-12)"
        say "postgres cannot reach $ROOT; cluster in $pgdir"
    fi
    mkdir -p "$STATE"
    if [ ! -f "$pgdir/PG_VERSION" ]; then
        mkdir -p "$pgdir"
        [ "$(id -u)" -eq 0 ] && chown postgres: "$pgdir"
        chmod 700 "$pgdir"
        as_pg_owner "$bin/initdb" -D "$pgdir" -U orderd --auth=trust -E UTF8 --locale=C.UTF-8 \
            >"$STATE/initdb.log" 2>&1 || { cat "$STATE/initdb.log"; die "initdb failed"; }
    fi
    if ! as_pg_owner "$bin/pg_ctl" -D "$pgdir" status >/dev/null 2>&1; then
        port=$(free_port)
        echo "$port" >"$STATE/pg.port"
        as_pg_owner "$bin/pg_ctl" -D "$pgdir" -w -t 60 -l "$pgdir/server.log" \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='' -c fsync=off -c full_page_writes=off" \
            start >/dev/null || { tail -n 20 "$pgdir/server.log"; die "PostgreSQL did not start"; }
        STARTED_PG=1
    fi
    port=$(cat "$STATE/pg.port")
    echo "$pgdir" >"$STATE/pg.dir"
    export PGDATA_ORDERD="$pgdir" PG_BIN="$bin"
    export ORDERD_DATABASE_URL="postgresql://orderd@127.0.0.1:$port/orderd"
    "$bin/psql" -q -d "postgresql://orderd@127.0.0.1:$port/postgres" -tAc \
        "SELECT 1 FROM pg_database WHERE datname = 'orderd'" | grep -q 1 ||
        "$bin/psql" -q -d "postgresql://orderd@127.0.0.1:$port/postgres" -c "CREATE DATABASE orderd" \
            >/dev/null
    say "PostgreSQL at 127.0.0.1:$port (data in $pgdir)"
}

# Stop the cluster if this script started it (a cluster that was already
# running, e.g. the demo's, is left alone).
stop_postgres() {
    [ "${STARTED_PG:-0}" = 1 ] && [ -f "$STATE/pg.dir" ] || return 0
    as_pg_owner "$(pg_bindir)/pg_ctl" -D "$(cat "$STATE/pg.dir")" -m fast stop >/dev/null 2>&1 || true
}
