#!/usr/bin/env bash
# End-to-end demo of the MoleculeFlow REST API on a real ChEMBL series (docs/demo-data/README.md):
# import -> browse -> library -> submission -> four-eyes approval with e-signature -> CRO results -> audit trail.
#
# Usage: scripts/demo-flow.sh [base-url]      (default: $MOLECULEFLOW_URL, else http://localhost:8080)
# Needs: bash, curl, python3. Runs against a server started in local mode (demo users).
# Safe to run repeatedly: a second import of the same file registers new batches of the same parents.
set -euo pipefail

BASE="${1:-${MOLECULEFLOW_URL:-http://localhost:8080}}"
BASE="${BASE%/}"
DATA="$(cd "$(dirname "${BASH_SOURCE[0]}")/../docs/demo-data" && pwd)"
STRUCTURES="$DATA/chembl-series-1017.smi"
ACTIVITIES="$DATA/chembl-series-1017-activity.csv"
CRO_ORG="acme-cro"
TIMEOUT_S="${DEMO_TIMEOUT_SECONDS:-120}"

command -v curl >/dev/null || { echo "demo-flow: curl is required" >&2; exit 2; }
command -v python3 >/dev/null || { echo "demo-flow: python3 is required" >&2; exit 2; }
[[ -r "$STRUCTURES" && -r "$ACTIVITIES" ]] || { echo "demo-flow: demo data missing in $DATA" >&2; exit 2; }

exec 3>&1   # progress lines from inside $(...) go straight to the terminal
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
START_NS=$(date +%s%N)
STEP_NS=$START_NS

fail() { echo "FAILED: $*" >&2; exit 1; }

step() { # prints one line: [time since previous step, time since start] text
    local now; now=$(date +%s%N)
    printf '[%5.1fs %5.1fs] %s\n' "$(( (now - STEP_NS) / 1000000 ))e-3" "$(( (now - START_NS) / 1000000 ))e-3" "$*"
    STEP_NS=$now
}

# call EXPECTED_STATUS METHOD PATH [curl args...]: prints the body; fails with the problem detail on another status
call() {
    local expected="$1" method="$2" path="$3"; shift 3
    local status
    status=$(curl -sS -o "$WORK/body" -w '%{http_code}' -X "$method" "$BASE$path" "$@") \
        || fail "$method $path: server not reachable at $BASE"
    if [[ "$status" != "$expected" ]]; then
        fail "$method $path: expected HTTP $expected, got $status: $(head -c 600 "$WORK/body")"
    fi
    cat "$WORK/body"
}
# json EXPRESSION: evaluates a Python expression over the JSON on stdin bound to `j`
json() { python3 -c "import json,sys; j=json.load(sys.stdin); r=($1); print(r if not isinstance(r,(dict,list)) else json.dumps(r))"; }

login() { # login USER PASSWORD -> access token
    local body
    body=$(call 200 POST /api/v1/auth/login -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}")
    json 'j["accessToken"]' <<<"$body"
}
auth() { echo "Authorization: Bearer $1"; }
JSON='Content-Type: application/json'

# wait_for DESCRIPTION TOKEN PATH PYTHON_CONDITION [PROGRESS_EXPRESSION]: polls every 0.5 s until the condition holds
wait_for() {
    local what="$1" token="$2" path="$3" cond="$4" progress="${5:-}" deadline=$(( $(date +%s) + TIMEOUT_S )) body last=""
    while :; do
        body=$(call 200 GET "$path" -H "$(auth "$token")")
        [[ "$(json "bool($cond)" <<<"$body")" == "True" ]] && { printf '%s' "$body"; return 0; }
        if [[ -n "$progress" ]]; then
            local line; line=$(json "$progress" <<<"$body")
            [[ "$line" != "$last" ]] && { printf '%15s ... %s\n' '' "$line" >&3; last="$line"; }
        fi
        (( $(date +%s) < deadline )) || fail "$what: not reached within ${TIMEOUT_S}s; last response: $(head -c 600 <<<"$body")"
        sleep 0.5
    done
}

echo "MoleculeFlow demo flow against $BASE"
call 200 GET /api/v1/health >/dev/null
step "health: UP"

# a) sign in
SCIENTIST=$(login scientist scientist-demo)
step "a) signed in as scientist"

# b) import the series and follow its progress
QUEUED=$(call 202 POST /api/v1/imports -H "$(auth "$SCIENTIST")" -F "file=@$STRUCTURES")
IMPORT_ID=$(json 'j["id"]' <<<"$QUEUED")
step "b) import $IMPORT_ID queued ($(basename "$STRUCTURES"))"
STATUS=$(wait_for "import $IMPORT_ID" "$SCIENTIST" "/api/v1/imports/$IMPORT_ID" \
    "j['status'] in ('COMPLETED','FAILED')" \
    "'%s %s/%s rows, %s rows/s, ETA %s s' % (j['status'], j['processedRows'], j['totalRows'], j['rowsPerSecond'], j['etaSeconds'])")
[[ "$(json 'j["status"]' <<<"$STATUS")" == COMPLETED ]] || fail "import $IMPORT_ID failed: $(json 'j["failureReason"]' <<<"$STATUS")"
step "b) import COMPLETED: $(json "'%(totalRows)s rows: %(registered)s registered, %(duplicates)s duplicate, %(inReview)s in review, %(rejected)s rejected (%(rowsPerSecond)s rows/s)' % j" <<<"$STATUS")"
REJECTED=$(call 200 GET "/api/v1/imports/$IMPORT_ID/rows?status=rejected&size=5" -H "$(auth "$SCIENTIST")")
step "b) rejected rows: $(json "str(j['total']) + ''.join('; line %s: %s' % (r['lineNumber'], r['reason']) for r in j['items'][:3])" <<<"$REJECTED")"

# c) browse, heaviest first, and open one molecule of this import (the registry may hold others)
PAGE=$(call 200 GET "/api/v1/molecules?page=1&size=5&sort=mw,desc" -H "$(auth "$SCIENTIST")")
step "c) molecules: $(json 'j["total"]' <<<"$PAGE") parents; heaviest 5: $(json "', '.join('%s %.1f' % (m['corporateId'], m['averageMw']) for m in j['items'])" <<<"$PAGE")"
FIRST_ROW=$(call 200 GET "/api/v1/imports/$IMPORT_ID/rows?size=1" -H "$(auth "$SCIENTIST")")
MOLECULE_ID=$(json 'j["items"][0]["parentId"]' <<<"$FIRST_ROW")
DETAIL=$(call 200 GET "/api/v1/molecules/$MOLECULE_ID" -H "$(auth "$SCIENTIST")")
step "c) detail $MOLECULE_ID: $(json "'%s %s, InChIKey %s, %d batch(es)' % (j['parent']['corporateId'], j['parent']['formula'], j['parent']['inchiKey'], len(j['batches']))" <<<"$DETAIL")"

# d) a library from the import
LIBRARY=$(call 201 POST /api/v1/libraries -H "$(auth "$SCIENTIST")" -H "$JSON" \
    -d "{\"name\":\"ChEMBL sulfonamide series ($(date -u +%FT%TZ))\",\"importId\":\"$IMPORT_ID\"}")
LIBRARY_ID=$(json 'j["id"]' <<<"$LIBRARY")
step "d) library $LIBRARY_ID: $(json 'j["moleculeCount"]' <<<"$LIBRARY") molecules"

# e) draft and submit a submission to the CRO
SUBMISSION=$(call 201 POST /api/v1/submissions -H "$(auth "$SCIENTIST")" -H "$JSON" \
    -d "{\"libraryId\":\"$LIBRARY_ID\",\"croOrganisationId\":\"$CRO_ORG\",\"assay\":\"pIC50 (biochemical IC50, 10-point dose response)\"}")
SUBMISSION_ID=$(json 'j["id"]' <<<"$SUBMISSION")
step "e) submission $SUBMISSION_ID drafted: $(json "'%s, %d molecules to %s' % (j['title'], len(j['items']), j['croOrganisationName'])" <<<"$SUBMISSION")"
SUBMITTED=$(call 200 POST "/api/v1/submissions/$SUBMISSION_ID/submit" -H "$(auth "$SCIENTIST")")
step "e) submitted: status $(json 'j["status"]' <<<"$SUBMITTED")"

# f) four-eyes approval: the submitter is not offered the task; the approver signs with their password
MINE=$(call 200 GET /api/v1/tasks -H "$(auth "$SCIENTIST")")
MINE=$(json "sum(1 for t in j if t['submissionId'] == '$SUBMISSION_ID')" <<<"$MINE")
[[ "$MINE" == 0 ]] || fail "the submitter (scientist) is offered the approval task of their own submission"
step "f) scientist (submitter) is offered no approval task for it"
APPROVER=$(login approver approver-demo)
TASKS=$(wait_for "approval task" "$APPROVER" /api/v1/tasks "any(t['submissionId'] == '$SUBMISSION_ID' for t in j)")
TASK_ID=$(json "[t['id'] for t in j if t['submissionId'] == '$SUBMISSION_ID'][0]" <<<"$TASKS")
step "f) approver sees task $TASK_ID ($(json "[t['name'] for t in j if t['id'] == '$TASK_ID'][0]" <<<"$TASKS"))"
REFUSED=$(call 403 POST "/api/v1/tasks/$TASK_ID/complete" -H "$(auth "$APPROVER")" -H "$JSON" \
    -d '{"approved":true,"comment":"ok","password":"not-my-password"}')
step "f) wrong signature password refused (403): $(json 'j["detail"]' <<<"$REFUSED")"
# a wrong password locks the user out for a few seconds (sign-in and signing alike): wait until sign-in works again
for _ in $(seq 1 30); do
    [[ "$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/auth/login" -H "$JSON" \
        -d '{"username":"approver","password":"approver-demo"}')" == 200 ]] && break
    sleep 0.5
done
step "f) approver's brief lock-out after the wrong password is over"
SIGNATURE=$(call 200 POST "/api/v1/tasks/$TASK_ID/complete" -H "$(auth "$APPROVER")" -H "$JSON" \
    -d '{"approved":true,"comment":"ok","password":"approver-demo"}')
step "f) approved and signed: $(json "'signature %s by %s (%s), meaning %s, content sha256 %s...' % (j['id'], j['signer'], j['signerName'], j['meaning'], j['contentSha256'][:12])" <<<"$SIGNATURE")"

# f') four-eyes: an approver who submits cannot approve their own submission; another approver decides it
OWN=$(call 201 POST /api/v1/submissions -H "$(auth "$APPROVER")" -H "$JSON" \
    -d "{\"moleculeIds\":[$MOLECULE_ID],\"croOrganisationId\":\"$CRO_ORG\",\"assay\":\"four-eyes check\"}")
OWN_ID=$(json 'j["id"]' <<<"$OWN")
call 200 POST "/api/v1/submissions/$OWN_ID/submit" -H "$(auth "$APPROVER")" >/dev/null
OWN_TASKS=$(wait_for "approval task" "$APPROVER" /api/v1/tasks "any(t['submissionId'] == '$OWN_ID' for t in j)")
OWN_TASK=$(json "[t['id'] for t in j if t['submissionId'] == '$OWN_ID'][0]" <<<"$OWN_TASKS")
SELF=$(call 403 POST "/api/v1/tasks/$OWN_TASK/complete" -H "$(auth "$APPROVER")" -H "$JSON" \
    -d '{"approved":true,"comment":"my own","password":"approver-demo"}')
step "f') approver approving their own submission $OWN_ID refused (403): $(json 'j["detail"]' <<<"$SELF")"
MANAGER=$(login manager manager-demo)
call 200 POST "/api/v1/tasks/$OWN_TASK/complete" -H "$(auth "$MANAGER")" -H "$JSON" \
    -d '{"approved":false,"comment":"demo of the four-eyes rule only","password":"manager-demo"}' >/dev/null
step "f') manager rejected it instead (signed)"

# g) the CRO sees the submission once it is sent, and returns results
CRO=$(login cro cro-demo)
wait_for "submission SENT_TO_CRO" "$SCIENTIST" "/api/v1/submissions/$SUBMISSION_ID" "j['status'] in ('SENT_TO_CRO','REJECTED')" 'j["status"]' >/dev/null
CRO_LIST=$(call 200 GET /api/v1/submissions -H "$(auth "$CRO")")
[[ "$(json "any(s['id'] == '$SUBMISSION_ID' and s['status'] == 'SENT_TO_CRO' for s in j)" <<<"$CRO_LIST")" == True ]] \
    || fail "CRO user does not see submission $SUBMISSION_ID as SENT_TO_CRO: $CRO_LIST"
[[ "$(json "all(s['croOrganisationId'] == '$CRO_ORG' for s in j)" <<<"$CRO_LIST")" == True ]] \
    || fail "CRO user sees submissions of another organisation"
step "g) cro sees $(json 'len(j)' <<<"$CRO_LIST") submission(s) for $CRO_ORG, this one SENT_TO_CRO"
UPLOAD=$(call 200 POST "/api/v1/submissions/$SUBMISSION_ID/results" -H "$(auth "$CRO")" -F "file=@$ACTIVITIES")
step "g) results uploaded: $(json "'%s accepted, %s rejected, %s batches without a result' % (j['accepted'], j['rejected'], len(j['withoutResult']))" <<<"$UPLOAD")"

# h) the process completes; results appear on the molecule
wait_for "submission COMPLETED" "$SCIENTIST" "/api/v1/submissions/$SUBMISSION_ID" "j['status'] == 'COMPLETED'" 'j["status"]' >/dev/null
step "h) submission COMPLETED"
DETAIL=$(call 200 GET "/api/v1/molecules/$MOLECULE_ID" -H "$(auth "$SCIENTIST")")
RESULTS=$(json "['%s %s = %s' % (r['batchCorporateId'], r['assay'], r['value']) for r in j['results'] if str(r['submissionId']) == '$SUBMISSION_ID']" <<<"$DETAIL")
[[ "$RESULTS" != "[]" ]] || fail "molecule $MOLECULE_ID shows no result of submission $SUBMISSION_ID: $(head -c 600 <<<"$DETAIL")"
step "h) molecule $MOLECULE_ID results: $RESULTS"

# i) the audit trail of the submission
AUDIT=$(call 200 GET "/api/v1/audit?entityId=$SUBMISSION_ID" -H "$(auth "$SCIENTIST")")
step "i) audit trail of $SUBMISSION_ID: $(json 'len(j)' <<<"$AUDIT") events"
json "'\n'.join('      %s  %-10s %-32s %s' % (str(e['occurredAt'])[:23], e['actor'], e['action'], (e.get('details') or e.get('reason') or '')[:90]) for e in j)" <<<"$AUDIT"

step "demo flow complete"
