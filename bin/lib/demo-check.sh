#!/usr/bin/env bash
# Checks `bin/run --demo` as a newcomer would meet it (called by the ear module's build after the
# integration tests, when their servers are down): starts it on a fresh embedded database, waits
# until its loader (demo/, driving the API as admin) has imported the demo data, calculated it and
# published the previous year, then checks through the API that
#   - the demo dealer reads its own scorecard of the previous (published) year, and only its own;
#   - the current year is calculated and open: HQ staff see every dealer, the dealer gets 403;
#   - the published year is frozen: a new calculation is refused with 409;
# and that stopping it (SIGTERM: what Ctrl-C does; a background job ignores SIGINT) stops the server.
# usage: demo-check.sh HTTP_PORT WORK_DIR        (needs curl)
set -euo pipefail
source "$(dirname "$0")/payara.sh"

port="$1" work="$2"
rm -rf "$work"
mkdir -p "$work"
log="$work/run.log"
password=cs-demo-password
current="$(date -u +%Y)"
previous=$((current - 1))
base="http://127.0.0.1:$port/api/v1"

fail() {
    cs_log "demo check FAILED: $*"
    cs_log "last lines of $log:"
    tail -n 40 "$log" >&2 || true
    exit 1
}

# status PATH USER [METHOD] -- prints the HTTP status, the body lands in $work/body.json
status() {
    curl -s -o "$work/body.json" -w '%{http_code}' -u "$2:$password" -X "${3:-GET}" \
        -H 'Accept-Language: en' "$base$1" || echo 000
}

cs_log "demo check: bin/run --demo on port $port (log: $log)"
# bin/run with CS_EAR builds nothing: the loader must be there already (the reactor builds demo/ before ear/)
demo_jar="$CS_ROOT/demo/target/dealer-cs-demo.jar"
[ -f "$demo_jar" ] && [ -d "$CS_ROOT/demo/target/lib" ] \
    || fail "the demo loader is not built ($demo_jar and demo/target/lib): build with ./mvnw -B package"
# the archive the build just made, as it is (bin/run would rebuild it if a source were newer)
HTTP_PORT="$port" CS_DATA_DIR="$work/data" CS_ADMIN_PASSWORD=demo-check-admin-password \
    CS_EAR="$CS_ROOT/ear/target/dealer-cs.ear" \
    setsid "$CS_ROOT/bin/run" --demo >"$log" 2>&1 &
run_pid=$!
cleanup() {
    if kill -0 "$run_pid" 2>/dev/null; then
        kill -TERM "$run_pid" 2>/dev/null || true
        for _ in $(seq 1 120); do kill -0 "$run_pid" 2>/dev/null || break; sleep 1; done
        kill -KILL -- "-$run_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT

# the loader runs in the background once the application is up; wait until it says it is done
# (asking as the dealer before the loader has created that account would count wrong passwords
# against it and lock it)
loaded=false
for _ in $(seq 1 900); do
    kill -0 "$run_pid" 2>/dev/null || fail "bin/run ended before the demo was ready"
    if grep -q "demo data NOT loaded" "$log"; then
        fail "the demo loader gave up: $(grep "demo data NOT loaded" "$log" | head -n 1)"
    fi
    if grep -q "\[demo\] demo data loaded" "$log"; then
        loaded=true
        break
    fi
    sleep 1
done
[ "$loaded" = true ] || fail "the demo loader did not finish within 15 minutes"
[ "$(grep -c "\[demo\] $current [a-z]*: [0-9]* rows imported" "$log")" = 9 ] \
    || fail "the loader did not import the nine files of $current through the API"
code="$(status "/years/$previous/scorecards" dealer)"
[ "$code" = 200 ] || fail "the dealer reading the published $previous got $code, not 200"
grep -q '"dealerCode"' "$work/body.json" || fail "the dealer's $previous scorecards are empty: $(cat "$work/body.json")"

# the dealer's own scorecard, and nobody else's
[ "$(grep -o '"dealerCode"' "$work/body.json" | wc -l)" = 1 ] || fail "the dealer sees more than one scorecard of $previous"
grep -q '"dealerCode":"D0001"' "$work/body.json" || fail "the dealer's $previous scorecard is not D0001's: $(cat "$work/body.json")"
grep -q '"total":[0-9]' "$work/body.json" || fail "the dealer's $previous scorecard has no total: $(cat "$work/body.json")"
code="$(status "/years/$previous/scorecards/D0002" dealer)"
[ "$code" = 403 ] || fail "the dealer asking for D0002's scorecard got $code, not 403"
# the second demo dealer: its own, and not the first one's
code="$(status "/years/$previous/scorecards" dealer2)"
[ "$code" = 200 ] || fail "dealer2 reading the published $previous got $code, not 200"
[ "$(grep -o '"dealerCode"' "$work/body.json" | wc -l)" = 1 ] && grep -q '"dealerCode":"D0002"' "$work/body.json" \
    || fail "dealer2's $previous scorecards are not D0002's alone: $(cat "$work/body.json")"
code="$(status "/years/$previous/scorecards/D0001" dealer2)"
[ "$code" = 403 ] || fail "dealer2 asking for D0001's scorecard got $code, not 403"

# the current year: calculated, open, not visible to the dealer
code="$(status "/years/$current/scorecards" supervisor)"
[ "$code" = 200 ] || fail "HQ staff reading $current got $code"
dealers="$(grep -o '"dealerCode"' "$work/body.json" | wc -l)"
[ "$dealers" -ge 60 ] || fail "$current has $dealers scorecards, expected every trading demo dealer (over 60)"
code="$(status "/years/$current/scorecards/D0001" dealer)"
[ "$code" = 403 ] || fail "the dealer reading the open year $current got $code, not 403"

# weak points: the current year's weakest checkpoints are the test drives and follow-ups (issue 9)
code="$(status "/years/$current/weak-points" executive)"
[ "$code" = 200 ] || fail "an executive reading the weak points of $current got $code"
weakest="$(grep -o '"checkpointCode":"[A-Z0-9-]*"' "$work/body.json" | head -n 4 | tr '\n' ' ')"
case "$weakest" in
    *SSI-DRIVE-*) ;;
    *) fail "the weakest checkpoints of $current hold no test drive: $weakest" ;;
esac
case "$weakest" in
    *SSI-FOLLOW-*) ;;
    *) fail "the weakest checkpoints of $current hold no follow-up: $weakest" ;;
esac
code="$(status "/years/$current/weak-points" dealer)"
[ "$code" = 403 ] || fail "the dealer reading the weak points got $code, not 403"

# inspections the supervisors entered (issue 10): the dealer sees its own approved one, never a
# draft or a submitted one, never another dealer's; each supervisor has one waiting for approval
code="$(status "/inspections?year=$current" dealer)"
[ "$code" = 200 ] || fail "the dealer listing its inspections of $current got $code"
grep -q '"source":"ENTERED"' "$work/body.json" || fail "the dealer does not see its approved entered inspection"
grep -q '"status":"\(DRAFT\|SUBMITTED\)"' "$work/body.json" && fail "the dealer sees an inspection that is not approved"
grep -o '"dealerCode":"[A-Z0-9_-]*"' "$work/body.json" | grep -qv '"D0001"' && fail "the dealer sees another dealer's inspection"
for supervisor in supervisor supervisor2; do
    code="$(status "/inspections/awaiting-approval" "$supervisor")"
    [ "$code" = 200 ] || fail "$supervisor reading what waits for approval got $code"
    [ "$(grep -o '"status":"SUBMITTED"' "$work/body.json" | wc -l)" = 1 ] \
        || fail "$supervisor should have one inspection waiting for approval: $(cat "$work/body.json")"
done

# the published year is frozen
code="$(status "/years/$previous/calculation" supervisor POST)"
[ "$code" = 409 ] || fail "calculating the published year $previous answered $code, not 409"

# stopping bin/run stops the server
kill -TERM "$run_pid"
for _ in $(seq 1 120); do kill -0 "$run_pid" 2>/dev/null || break; sleep 1; done
kill -0 "$run_pid" 2>/dev/null && fail "bin/run did not stop within 2 minutes of SIGTERM"
[ "$(cs_http_status "$port" /login.xhtml)" = 000 ] || fail "the server still answers after bin/run stopped"
trap - EXIT
cs_log "demo check passed: $previous published and read by its dealer only, $current open with $dealers scorecards, stopped cleanly"
