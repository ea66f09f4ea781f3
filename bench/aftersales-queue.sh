#!/usr/bin/env bash
# After-sales queue at scale: a fresh database, the desk started on it, TICKETS tickets generated
# (default 1,000,000) on ORDERS real orders, then the queue and search queries measured twice over:
# EXPLAIN ANALYZE in PostgreSQL (execution time of the exact SQL the desk runs) and HTTP latency of
# the desk API (p50/p95 of RUNS calls each). Run by `./desk bench aftersales-queue`.
set -euo pipefail
cd "$(dirname "$0")/.."

TICKETS=${TICKETS:-1000000}
ORDERS=${ORDERS:-1000}
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
up=
for _ in $(seq 1 300); do
  kill -0 $app 2>/dev/null || { tail -30 "$log"; echo "the desk stopped while starting" >&2; exit 1; }
  curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && { up=1; break; }
  sleep 1
done
[ -n "$up" ] || { tail -30 "$log"; echo "the desk did not come up within 5 minutes" >&2; exit 1; }

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

explain_sql() { # name, sql: the median execution time of 5 runs
  local runs
  runs=$(for _ in 1 2 3 4 5; do
    pg -d "$DB" -c "explain (analyze, format json) $2" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Execution Time"])'
  done | sort -n | paste -sd' ')
  python3 - "$1" $runs <<'PY'
import sys
t = [float(x) for x in sys.argv[2:]]
print("  %-34s median %8.2f ms   (min %.2f, max %.2f)" % (sys.argv[1], t[len(t) // 2], t[0], t[-1]))
PY
}
explain() { # name, where: the queue's query with these filters
  explain_sql "$1" "select $cols from aftersales.ticket where $2 $order_by"
}
search() { # name, term: the desk's search, three index-ordered branches of one page each
  local b=() c
  for c in ticket_no order_no member_nickname; do
    b+=("(select $cols, id from aftersales.ticket where $c = '$2' order by due_at asc nulls last, id asc limit 25)")
  done
  explain_sql "$1" "select * from (${b[0]} union ${b[1]} union ${b[2]}) found order by due_at asc nulls last, id asc limit 26"
}

say "EXPLAIN ANALYZE (execution time of one page of 25, median of 5 runs)"
explain "queue: all open"                 "due_at is not null"
explain "queue: department, open"         "department = 'AFTERSALES' and due_at is not null"
explain "filter: status OPEN"             "status = 'OPEN'"
explain "filter: kind EXCHANGE, open"     "kind = 'EXCHANGE' and due_at is not null"
explain "filter: assignee, open"          "assignee = 'agent3' and due_at is not null"
explain "filter: unassigned, open"        "assignee is null and due_at is not null"
explain "dept + unassigned, open"         "department = 'AFTERSALES' and assignee is null and due_at is not null"
explain "filter: SLA breached"            "sla_breached_at is not null"
explain "filter: due within 1 h"          "due_at < now() + interval '1 hour'"
search "search: ticket no"                "$ticket"
search "search: order no"                 "$order"
search "search: nickname"                 "$nick"
explain "filter: status CLOSED (deep)"    "status = 'CLOSED'"

latency() { # name, path, curl auth options...
  local name=$1 path=$2 times; shift 2
  for _ in $(seq 1 10); do curl -s -o /dev/null "$@" "$base$path"; done # warm-up: JIT, template cache
  times=$(for _ in $(seq 1 "$RUNS"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$@" "$base$path"
  done | sort -n)
  python3 - "$name" <<PY
import sys
t = [float(x) * 1000 for x in """$times""".split()]
p = lambda q: t[min(len(t) - 1, int(round(q * (len(t) - 1))))]
print("  %-34s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms" % (sys.argv[1], p(0.5), p(0.95), t[-1]))
PY
}

say "HTTP latency of the desk API ($RUNS calls each after 10 warm-up calls, HTTP Basic as supervisor: bcrypt checks the password on every call)"
basic=(-u supervisor:demo)
curl -s -o /dev/null "${basic[@]}" "$base/api/desk/v1/after-sales"
latency "baseline: GET customer-types"    "/api/desk/v1/customer-types" "${basic[@]}"
latency "GET queue (open, by due time)"   "/api/desk/v1/after-sales?open=true" "${basic[@]}"
latency "GET queue department+kind"       "/api/desk/v1/after-sales?department=AFTERSALES&kind=EXCHANGE&open=true" "${basic[@]}"
latency "GET queue status OPEN"           "/api/desk/v1/after-sales?status=OPEN" "${basic[@]}"
latency "GET queue breached"              "/api/desk/v1/after-sales?breached=true" "${basic[@]}"
latency "GET queue assignee"              "/api/desk/v1/after-sales?assignee=agent3&open=true" "${basic[@]}"
latency "GET search nickname"             "/api/desk/v1/after-sales?q=$(python3 -c 'import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))' "$nick")" "${basic[@]}"
latency "GET search order no"             "/api/desk/v1/after-sales?q=$order" "${basic[@]}"
latency "GET ticket detail"               "/api/desk/v1/after-sales/$ticket" "${basic[@]}"

say "Desk pages with a signed-in session ($RUNS calls each after 10 warm-up calls: the queue rows htmx loads, the ticket page)"
jar_file=$(mktemp)
csrf=$(curl -s -c "$jar_file" -b "$jar_file" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode "username=supervisor" \
  --data-urlencode "password=demo" --data-urlencode "_csrf=$csrf" "$base/login"
session=(-b "$jar_file")
latency "page: queue rows (open)"         "/desk/after-sales/rows" "${session[@]}"
latency "page: queue rows, breached"      "/desk/after-sales/rows?sla=breached" "${session[@]}"
latency "page: queue rows, unassigned"    "/desk/after-sales/rows?assignee=none" "${session[@]}"
latency "page: search order no"           "/desk/after-sales/rows?q=$order" "${session[@]}"
latency "page: ticket with order, member" "/desk/after-sales/$ticket" "${session[@]}"
rm -f "$jar_file"
