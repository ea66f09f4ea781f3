#!/usr/bin/env bash
# After-sales queue at scale: a fresh database, the desk started on it, TICKETS tickets generated
# (default 1,000,000) on ORDERS real orders, then the queue and search queries measured twice over:
# EXPLAIN ANALYZE in PostgreSQL (execution time of the exact SQL the desk runs) and HTTP latency of
# the desk API (p50/p95 of RUNS calls each). Run by `./desk bench aftersales-queue`.
set -euo pipefail
cd "$(dirname "$0")/.."

TICKETS=${TICKETS:-1000000}
ORDERS=${ORDERS:-200}
RUNS=${RUNS:-30}
PORT=${BENCH_PORT:-18094}
DB=${BENCH_DB:-csdesk_bench_aftersales}
: "${DB_HOST:=127.0.0.1}" "${DB_PORT:=5432}" "${DB_USER:=postgres}" "${DB_PASSWORD:=}"
: "${JAVA_HOME:?run through ./desk bench aftersales-queue}"

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
pg() { PGPASSWORD=$DB_PASSWORD psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -v ON_ERROR_STOP=1 -qAt "$@"; }

jar=$(ls cs-api/target/cs-api-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  say "Building the desk (tests skipped)"
  ./mvnw -q -B -DskipTests package
  jar=$(ls cs-api/target/cs-api-*.jar | grep -v original | head -1)
fi

say "Fresh database $DB"
pg -d postgres -c "drop database if exists $DB with (force)"
pg -d postgres -c "create database $DB"

log=/tmp/csdesk-bench-aftersales.log
say "Starting the desk on port $PORT (log: $log)"
SPRING_DATASOURCE_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB" SPRING_DATASOURCE_USERNAME=$DB_USER \
  SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD "$JAVA_HOME/bin/java" -jar "$jar" --server.port="$PORT" \
  --spring.profiles.active=demo --demo.members=1000 >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  kill -0 $app 2>/dev/null || { tail -30 "$log"; echo "the desk stopped while starting" >&2; exit 1; }
  curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done

base="http://localhost:$PORT"
say "Generating $TICKETS tickets on $ORDERS orders"
curl -fsS -u admin:demo -X POST "$base/api/ops/v1/after-sales/generate?tickets=$TICKETS&orders=$ORDERS"; echo
pg -d "$DB" -c "vacuum analyze aftersales.ticket"
echo "tickets: $(pg -d "$DB" -c 'select count(*) from aftersales.ticket')  open: $(pg -d "$DB" -c 'select count(*) from aftersales.ticket where due_at is not null')"

nick=$(pg -d "$DB" -c "select member_nickname from aftersales.ticket where id = 500000 or id = (select max(id) from aftersales.ticket) order by id limit 1")
order=$(pg -d "$DB" -c "select order_no from aftersales.ticket where id = 123457 or id = (select max(id) from aftersales.ticket) order by id limit 1")
ticket=$(pg -d "$DB" -c "select ticket_no from aftersales.ticket where id = 777777 or id = (select max(id) from aftersales.ticket) order by id limit 1")
cols="ticket_no, order_no, member_nickname, kind, reason, status, department, assignee, decision, escalated, created_at, due_at, sla_breached_at"
order_by="order by due_at asc nulls last, id asc limit 26 offset 0"

explain() { # name, where
  local ms
  ms=$(pg -d "$DB" -c "explain (analyze, format json) select $cols from aftersales.ticket where $2 $order_by" \
       | python3 -c 'import json,sys; p=json.load(sys.stdin)[0]; print("%.2f" % p["Execution Time"])')
  printf '  %-34s %8s ms\n' "$1" "$ms"
}

say "EXPLAIN ANALYZE (execution time, one page of 25)"
explain "queue: all open"                 "due_at is not null"
explain "queue: department, open"         "department = 'AFTERSALES' and due_at is not null"
explain "filter: status OPEN"             "status = 'OPEN'"
explain "filter: kind EXCHANGE, open"     "kind = 'EXCHANGE' and due_at is not null"
explain "filter: assignee, open"          "assignee = 'agent3' and due_at is not null"
explain "filter: unassigned, open"        "assignee is null and due_at is not null"
explain "filter: SLA breached"            "sla_breached_at is not null"
explain "filter: due within 1 h"          "due_at < now() + interval '1 hour'"
explain "search: ticket no"               "(ticket_no = '$ticket' or order_no = '$ticket' or member_nickname = '$ticket')"
explain "search: order no"                "(ticket_no = '$order' or order_no = '$order' or member_nickname = '$order')"
explain "search: nickname"                "(ticket_no = '$nick' or order_no = '$nick' or member_nickname = '$nick')"
explain "filter: status CLOSED (deep)"    "status = 'CLOSED'"

latency() { # name, path
  local times
  times=$(for _ in $(seq 1 "$RUNS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -u supervisor:demo "$base$2"
  done | sort -n)
  python3 - "$1" <<PY
import sys
t = [float(x) * 1000 for x in """$times""".split()]
p = lambda q: t[min(len(t) - 1, int(round(q * (len(t) - 1))))]
print("  %-34s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms" % (sys.argv[1], p(0.5), p(0.95), t[-1]))
PY
}

say "HTTP latency of the desk API ($RUNS calls each, supervisor, after one warm-up)"
curl -s -o /dev/null -u supervisor:demo "$base/api/desk/v1/after-sales"
latency "GET queue (open, by due time)"   "/api/desk/v1/after-sales?open=true"
latency "GET queue department+kind"       "/api/desk/v1/after-sales?department=AFTERSALES&kind=EXCHANGE&open=true"
latency "GET queue status OPEN"           "/api/desk/v1/after-sales?status=OPEN"
latency "GET queue breached"              "/api/desk/v1/after-sales?breached=true"
latency "GET queue assignee"              "/api/desk/v1/after-sales?assignee=agent3&open=true"
latency "GET search nickname"             "/api/desk/v1/after-sales?q=$(python3 -c 'import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))' "$nick")"
latency "GET search order no"             "/api/desk/v1/after-sales?q=$order"
latency "GET ticket detail"               "/api/desk/v1/after-sales/$ticket"
