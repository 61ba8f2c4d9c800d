#!/usr/bin/env bash
# The README's "A short tour of the API" as one script, runnable as written against the demo (mvn spring-boot:run):
#   bash src/docs/tour/tour.sh [http://localhost:8080]
# It needs curl and jq. Each call says which status it expects and stops the tour at any other; every id is read
# from the answer before. The bodies and files it sends lie beside it. TourIntegrationTests runs it in the build.
set -euo pipefail
cd "$(dirname "$0")"
API=${1:-http://localhost:8080}
RUN=$(date +%s)  # this run's own Idempotency-Keys
MEETING=$(date -d '+7 days' +%Y-%m-%d)  # a review meets within a year (GNU date; on macOS: date -v+7d +%Y-%m-%d)
ANSWER=$(mktemp)
trap 'rm -f "$ANSWER"' EXIT

# expect STATUS curl-arguments: calls the API, keeps the answer in $ANSWER and stops unless the status is STATUS
expect() {
  local want=$1 got
  shift
  got=$(curl -s -o "$ANSWER" -w '%{http_code}' "$@")
  local url
  for url in "$@"; do case $url in http*) break ;; esac; done
  echo "$got (expected $want) $url"
  if [ "$got" != "$want" ]; then cat "$ANSWER" >&2; echo >&2; exit 1; fi
}
# answer JQ-PATH: one value of the last answer
answer() { jq -r "$1" "$ANSWER"; }

# ---- The tour (the README shows each block below as it is)
# Who am I?
expect 200 -u hefei.inspector:jointcase $API/api/me

# Hefei's inspector records a case (the Idempotency-Key makes a retry safe: same key and body, same case)
expect 201 -u hefei.inspector:jointcase -H 'Content-Type: application/json' -H "Idempotency-Key: case-$RUN" \
  $API/api/cases -d @case.json
CASE_ID=$(answer .id)              # and "reference": "3401-MR-2026-00001"; Location: /api/cases/$CASE_ID
ETAG="\"$(answer .version)\""      # the ETag header of the answer

# Wuhu's inspector cannot see it yet
expect 404 -u wuhu.inspector:jointcase $API/api/cases/$CASE_ID

# Hefei's supervisor shares it with Wuhu market regulation: full record, without the informant's identity
expect 201 -u hefei.supervisor:jointcase -H 'Content-Type: application/json' \
  $API/api/cases/$CASE_ID/shares \
  -d '{"agencyCode": "3402-MR", "scope": "FULL_RECORD", "reason": "The seller is registered in Wuhu"}'

# Now Wuhu reads it: the informant exists and called the hotline, but who it was is not shown
expect 200 -u wuhu.inspector:jointcase $API/api/cases/$CASE_ID
expect 200 -u wuhu.inspector:jointcase "$API/api/cases?creditCode=91340100MA2N123401"

# Edit with optimistic concurrency: send the ETag you read; the same ETag again is stale: 412, nothing changes
expect 200 -u hefei.inspector:jointcase -X PUT -H "If-Match: $ETAG" -H 'Content-Type: application/json' \
  $API/api/cases/$CASE_ID -d @edited-case.json
expect 412 -u hefei.inspector:jointcase -X PUT -H "If-Match: $ETAG" -H 'Content-Type: application/json' \
  $API/api/cases/$CASE_ID -d @edited-case.json

# Documents: upload (multipart field "file", at most 25 MB by default), list, download; the timeline
expect 201 -u hefei.inspector:jointcase -F file=@receipt.pdf $API/api/cases/$CASE_ID/documents
DOC_ID=$(answer .id)
expect 200 -u hefei.inspector:jointcase $API/api/cases/$CASE_ID/documents
expect 200 -u hefei.inspector:jointcase $API/api/cases/$CASE_ID/documents/$DOC_ID/content
expect 200 -u hefei.inspector:jointcase $API/api/cases/$CASE_ID/timeline
# ----
# Hefei's inspector proposes to transfer the case to Wuhu market regulation, with one document travelling.
# The answer carries the conflict check: other agencies' open cases naming the same businesses.
expect 201 -u hefei.inspector:jointcase -H 'Content-Type: application/json' -H "Idempotency-Key: transfer-$RUN" \
  $API/api/cases/$CASE_ID/transfers \
  -d '{"targetAgency": "3402-MR", "reason": "The seller is registered in Wuhu", "documentIds": ["'$DOC_ID'"]}'
TRANSFER_ID=$(answer .id)
# (add "suspectedCrime": true and a public-security target for a crime transfer: its own periods apply)

# Hefei's supervisor finds the approval in the inbox, with its due date and the rule behind it, and approves
expect 200 -u hefei.supervisor:jointcase "$API/api/tasks?process=lead-transfer&caseId=$CASE_ID"
TASK_ID=$(answer '.items[0].id')   # ApproveTransferTask
expect 204 -u hefei.supervisor:jointcase -H 'Content-Type: application/json' \
  $API/api/tasks/$TASK_ID/actions/approve -d '{"note": "Agreed"}'

# Wuhu's supervisor now sees the case (full record, the chosen documents, never the informant) and accepts,
# or disputes with {"reason": ...}, which sends it to the common superior (Anhui province) to designate
expect 200 -u wuhu.supervisor:jointcase "$API/api/tasks?process=lead-transfer&caseId=$CASE_ID"
TASK_ID=$(answer '.items[0].id')   # AcceptTransferTask
expect 204 -u wuhu.supervisor:jointcase -H 'Content-Type: application/json' \
  $API/api/tasks/$TASK_ID/actions/accept -d '{}'

# One record both sides read alike: status, steps with who and when, open steps with deadlines, who sees the case
expect 200 -u wuhu.inspector:jointcase $API/api/transfers/$TRANSFER_ID
# Wuhu reports its result (ReportResultTask, action "report" {"result": ...}); Hefei acknowledges ("acknowledge").
# Until Wuhu accepts, Hefei may withdraw; this transfer is accepted, so the withdrawal is refused:
expect 409 -u hefei.inspector:jointcase -H 'Content-Type: application/json' \
  $API/api/transfers/$TRANSFER_ID/withdrawal -d '{"reason": "Found the seller here"}'
# ----
expect 201 -u wuhu.inspector:jointcase -H 'Content-Type: application/json' \
  $API/api/cases/$CASE_ID/informant-requests -d '{"reason": "We need to hear the informant as a witness"}'
REQUEST_ID=$(answer .id)
expect 200 -u hefei.supervisor:jointcase $API/api/informant-requests/$REQUEST_ID  # status, who decided, when
# ----
# The first case is Wuhu's now; Hefei asks about a case it still owns, with a receipt
expect 201 -u hefei.inspector:jointcase -H 'Content-Type: application/json' -H "Idempotency-Key: case2-$RUN" \
  $API/api/cases -d @case.json
CASE_ID=$(answer .id)
expect 201 -u hefei.inspector:jointcase -F file=@receipt.pdf $API/api/cases/$CASE_ID/documents
DOC_ID=$(answer .id)

# Hefei's inspector asks two Wuhu agencies to verify a seller (协查), item by item; the supervisor approves it
expect 201 -u hefei.inspector:jointcase -H 'Content-Type: application/json' -H "Idempotency-Key: request-$RUN" \
  $API/api/cases/$CASE_ID/assistance-requests -d @assistance-request.json
REQUEST_ID=$(answer .id)
expect 200 -u hefei.supervisor:jointcase "$API/api/tasks?process=assistance-request&caseId=$CASE_ID"
TASK_ID=$(answer '.items[0].id')   # ApproveRequestTask
expect 204 -u hefei.supervisor:jointcase -H 'Content-Type: application/json' \
  $API/api/tasks/$TASK_ID/actions/approve -d '{}'

# Each agency accepts (supervisor) or declines naming the right agency; replies item by item (inspector), with
# documents uploaded for the reply; its supervisor approves the reply; Hefei accepts it or asks for a supplement
expect 200 -u wuhu.supervisor:jointcase "$API/api/tasks?process=assistance-request&caseId=$CASE_ID"
TASK_ID=$(answer '.items[0].id')   # AcceptRequestTask of 3402-MR
expect 204 -u wuhu.supervisor:jointcase -H 'Content-Type: application/json' \
  $API/api/tasks/$TASK_ID/actions/accept -d '{}'
expect 201 -u wuhu.inspector:jointcase -F file=@photo.jpg \
  $API/api/assistance-requests/$REQUEST_ID/replies/3402-MR/documents
PHOTO_ID=$(answer .id)
expect 200 -u wuhu.inspector:jointcase "$API/api/tasks?process=assistance-request&caseId=$CASE_ID"
TASK_ID=$(answer '.items[0].id')   # ReplyTask
expect 204 -u wuhu.inspector:jointcase -H 'Content-Type: application/json' $API/api/tasks/$TASK_ID/actions/reply \
  -d '{"findings": [{"item": 1, "finding": "Registered since 2019"}], "documentIds": ["'$PHOTO_ID'"]}'

# More time: POST .../addressees/3402-MR/extension-requests {"workingDays": 5, "reason": "..."};
# after a decline: POST .../addressees/3402-PS/readdress {"agencyCode": "3401-PS"}; or cancel the whole request
expect 200 -u hefei.inspector:jointcase $API/api/assistance-requests/$REQUEST_ID   # per agency: status, deadlines
# ----
# Hefei's coordinator convenes market regulation, police and commerce over a case, with one document as material.
# Hefei owns the case, so the review opens at once ("status": "OPINIONS"); the participants now see the case's
# summary and that document, nothing else
expect 201 -u hefei.coordinator:jointcase -H 'Content-Type: application/json' $API/api/reviews -d '{
  "title": "Prepaid gym closures", "agenda": "Fraud? Who handles the refunds?", "caseIds": ["'$CASE_ID'"],
  "participants": ["3401-MR", "3401-PS", "3401-COM"],
  "materials": [{"caseId": "'$CASE_ID'", "documentId": "'$DOC_ID'"}], "meetingAt": "'$MEETING'T09:00:00+08:00"}'
REVIEW_ID=$(answer .id)

# Over a case another agency owns (Wuhu's coordinator, who sees Hefei's case through a share or a pending transfer),
# the review waits ("status": "CONSENT") until a supervisor of each owner agency answers its GiveConsentTask:
# "consent" {} or "refuse" {"reason": ...}. One refusal ends the review ("status": "REFUSED") before anyone got access.

# Each agency's inspector submits one opinion (SubmitOpinionTask, action "submit"), its supervisor approves it
# (ApproveOpinionTask: a task of its own, with its own id)
expect 200 -u hefei.police.inspector:jointcase "$API/api/tasks?process=joint-review&caseId=$CASE_ID"
TASK_ID=$(answer '.items[0].id')   # SubmitOpinionTask
expect 204 -u hefei.police.inspector:jointcase -H 'Content-Type: application/json' \
  $API/api/tasks/$TASK_ID/actions/submit -d '{"stance": "DISAGREE", "reasoning": "This is fraud"}'
expect 200 -u hefei.police.supervisor:jointcase "$API/api/tasks?process=joint-review&caseId=$CASE_ID"
TASK_ID=$(answer '.items[0].id')   # ApproveOpinionTask
expect 204 -u hefei.police.supervisor:jointcase -H 'Content-Type: application/json' \
  $API/api/tasks/$TASK_ID/actions/approve -d '{}'

# The coordinator may close the opinion phase early (who did not answer is recorded), then concludes with
# follow-up actions (RecordConclusionTask, action "conclude"); each agency reports its action done ("report-done")
expect 200 -u hefei.coordinator:jointcase -X POST $API/api/reviews/$REVIEW_ID/opinion-phase/closure
expect 200 -u hefei.coordinator:jointcase "$API/api/tasks?process=joint-review&caseId=$CASE_ID"
TASK_ID=$(answer '.items[0].id')   # RecordConclusionTask
expect 204 -u hefei.coordinator:jointcase -H 'Content-Type: application/json' \
  $API/api/tasks/$TASK_ID/actions/conclude -d '{"conclusion": "Refer to the police",
  "actions": [{"agencyCode": "3401-PS", "description": "Open a fraud case", "dueDate": "'$MEETING'"}]}'

# Participants keep reading the record after the review ends; their access to the case ends with it. The record
# carries its open steps and "allowedActions" (close-opinion-phase for the convening coordinators; cancel-action on
# each open follow-up action)
expect 200 -u hefei.police.inspector:jointcase $API/api/reviews/$REVIEW_ID
