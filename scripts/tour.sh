#!/usr/bin/env bash
# The first hour of a newcomer, end to end (`make tour`): build the bundled examples, read the
# briefing, export (ledger, citron, csv), look at the store, build from a small local web site
# (two pages and an RSS feed on 127.0.0.1), browse with `serve`, and make a usage mistake.
# Fails (non-zero) on any problem; removes its temp dir and stops what it started, always.
#
#   scripts/tour.sh                       # with .venv/bin/sourcebook, as after `make install`
#   SOURCEBOOK="python -m sourcebook.cli" PYTHON=python scripts/tour.sh   # another install
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PYTHON=${PYTHON:-$VENV/bin/python}
read -r -a SB <<< "${SOURCEBOOK:-$VENV/bin/sourcebook}"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/sourcebook-tour.XXXXXX")
PIDS=()
cleanup() {
    local status=$?
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    rm -rf "$TMP"
    if [ "$status" -eq 0 ]; then echo "tour: all steps passed in ${SECONDS}s"; else echo "tour: FAILED (status $status)" >&2; fi
}
trap cleanup EXIT
DB="$TMP/tour.db"
step() { printf '\n== %s (%ss)\n' "$*" "$SECONDS"; }
fail() { echo "tour: $*" >&2; exit 1; }
expect() {  # expect STATUS COMMAND...: run it, fail unless it exits with STATUS
    local want=$1; shift
    local got=0
    "$@" || got=$?
    [ "$got" -eq "$want" ] || fail "expected exit status $want, got $got: $*"
}
free_port() { "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
get() {  # get URL [FILE]: fail unless it answers 200; the body into FILE
    "$PYTHON" - "$@" <<'EOF'
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=10) as r:
    body = r.read()
print(f"  GET {sys.argv[1]} -> {r.status}, {len(body):,} bytes")
if len(sys.argv) > 2:
    open(sys.argv[2], "wb").write(body)
EOF
}

step "build the bundled examples"
"${SB[@]}" build examples --db "$DB" --no-progress

step "the briefing"
"${SB[@]}" report --db "$DB" --out "$TMP/briefing.md"
grep -q '^# ' "$TMP/briefing.md" || fail "the briefing has no heading"
head -n 12 "$TMP/briefing.md"

step "exports: ledger, citron, csv"
for fmt in ledger citron csv; do
    "${SB[@]}" export --format "$fmt" --out "$TMP/export-$fmt" --db "$DB"
    [ -n "$(ls -A "$TMP/export-$fmt")" ] || fail "export $fmt wrote nothing"
done
[ -s "$TMP/export-csv/attributions.csv" ] || fail "no attributions.csv"
head -n 3 "$TMP/export-csv/attributions.csv"

step "what the store holds"
"${SB[@]}" stats --db "$DB"

step "a build from a local web site: two pages and an RSS feed"
mkdir "$TMP/site"
"$PYTHON" scripts/tour_site.py "$TMP/site" "$TMP/site.url" &
PIDS+=($!)
for _ in $(seq 100); do [ -s "$TMP/site.url" ] && break; sleep 0.1; done
[ -s "$TMP/site.url" ] || fail "the local web site did not start"
SITE=$(cat "$TMP/site.url")
"${SB[@]}" build "$SITE/2025/03/04/bridge-closure.html" "$SITE/feed.xml" --db "$DB" --no-progress --fetch-delay 0.2 \
    | tee "$TMP/web-build.txt"
grep -q "built 3 new article(s)" "$TMP/web-build.txt" || fail "the web build did not store the three pages"
printf '# the same site again, as a list\n%s/feed.xml\n%s/2025/03/04/bridge-closure.html\n' "$SITE" "$SITE" > "$TMP/urls.txt"
"${SB[@]}" build --urls "$TMP/urls.txt" --db "$DB" --no-progress --fetch-delay 0.2 | tee "$TMP/web-again.txt"
grep -q "built 0 new article(s), 3 already stored" "$TMP/web-again.txt" || fail "the re-run fetched or stored again"
echo "  a URL that is not there is skipped by name, and the run says so (exit status 3):"
expect 3 "${SB[@]}" build "$SITE/no-such-story.html" --db "$DB" --no-progress --fetch-delay 0

step "serve: the web app and its JSON API"
PORT=$(free_port)
"${SB[@]}" serve --db "$DB" --port "$PORT" > "$TMP/serve.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 150); do
    "$PYTHON" -c "import socket,sys; socket.create_connection(('127.0.0.1', $PORT), 0.2)" 2>/dev/null && break
    sleep 0.1
done
BASE="http://127.0.0.1:$PORT"
for path in / /articles /speakers /measures /runs; do get "$BASE$path"; done
get "$BASE/articles?q=bridge" "$TMP/search.html"
grep -q "River bridge to close" "$TMP/search.html" || fail "a search for bridge did not find the fetched page"
get "$BASE/api/articles" "$TMP/articles.json"
ARTICLE=$("$PYTHON" -c 'import json,sys; d = json.load(open(sys.argv[1])); items = d.get("items", d) if isinstance(d, dict) else d; print(items[0]["id"])' "$TMP/articles.json")
get "$BASE/articles/$ARTICLE"
get "$BASE/api/articles/$ARTICLE"

step "a usage mistake: one line and a hint, no traceback"
expect 2 "${SB[@]}" build examples --dbb "$TMP/x.db" 2> "$TMP/mistake.txt"
cat "$TMP/mistake.txt"
grep -q '^error: no such option --dbb' "$TMP/mistake.txt" || fail "the mistake was not named"
! grep -q Traceback "$TMP/mistake.txt" || fail "a traceback was shown"
[ "$(wc -l < "$TMP/mistake.txt")" -le 2 ] || fail "more than two lines for a usage mistake"
expect 2 "${SB[@]}" build file:///etc/passwd --db "$TMP/x.db" 2> "$TMP/mistake.txt"
cat "$TMP/mistake.txt"
[ ! -e "$TMP/x.db" ] || fail "a usage mistake created a store"
! grep -q Traceback "$TMP/serve.log" || fail "the server logged a traceback"
