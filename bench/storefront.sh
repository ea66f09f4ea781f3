#!/usr/bin/env bash
# Storefront benchmark (./desk bench storefront): the desk with demo data at scale (100,000 members and
# 1,000,000 orders by default) in a database of its own, then quote → order → pay over HTTP with 32
# concurrent clients, next to the trivial ping endpoint measured in the same run (the ceiling).
# Settings (environment): BENCH_DB, BENCH_PORT, BENCH_MEMBERS, BENCH_ORDERS, BENCH_CLIENTS,
# BENCH_SECONDS (per call), BENCH_FRESH=1 (drop the benchmark database first), DB_POOL_SIZE.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
die() { printf '\033[1;31mxx\033[0m %s\n' "$*" >&2; exit 1; }

[ -n "${JAVA_HOME:-}" ] || die "run it as ./desk bench storefront"
[ -n "${DB_HOST:-}" ] || die "the benchmark creates its own database, so it needs a PostgreSQL server (not SPRING_DATASOURCE_URL)"
command -v psql >/dev/null || die "psql is needed to create the benchmark database"
command -v curl >/dev/null || die "curl is needed"

DB=${BENCH_DB:-csdesk_bench_storefront}
PORT=${BENCH_PORT:-18080}
MEMBERS=${BENCH_MEMBERS:-100000}
ORDERS=${BENCH_ORDERS:-1000000}
CLIENTS=${BENCH_CLIENTS:-32}
SECONDS_PER_CALL=${BENCH_SECONDS:-20}
KEY=demo-storefront-key
BASE=http://localhost:$PORT
WORK=$(mktemp -d /tmp/csdesk-bench-storefront.XXXXXX)
LOG=$WORK/app.log
export PGPASSWORD=${DB_PASSWORD:-}
psql_server() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -v ON_ERROR_STOP=1 -Atqc "$1"; }
psql_bench() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB" -v ON_ERROR_STOP=1 -Atqc "$1"; }

jar=$(ls cs-api/target/cs-api-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find . -path ./.git -prune -o \( -name '*.java' -o -name '*.sql' -o -name '*.yml' -o -name pom.xml \) -newer "$jar" -not -path './bench/*' -print -quit)" ]; then
  say "Building (./mvnw package, tests skipped)"
  ./mvnw -q -B -DskipTests package
  jar=$(ls cs-api/target/cs-api-*.jar | grep -v original | head -1)
fi

if [ "${BENCH_FRESH:-0}" = 1 ]; then
  say "Dropping the benchmark database $DB"
  psql_server "drop database if exists $DB with (force)"
fi
if [ "$(psql_server "select 1 from pg_database where datname = '$DB'")" != 1 ]; then
  say "Creating the benchmark database $DB"
  psql_server "create database $DB"
fi

say "Starting CS Desk on port $PORT (demo data: $MEMBERS members, $ORDERS orders, generated once; log: $LOG)"
SPRING_DATASOURCE_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB" SPRING_DATASOURCE_USERNAME=$DB_USER \
  SPRING_DATASOURCE_PASSWORD=${DB_PASSWORD:-} \
  "$JAVA_HOME/bin/java" -jar "$jar" --server.port="$PORT" --spring.profiles.active=demo \
  --demo.members="$MEMBERS" --demo.orders="$ORDERS" >"$LOG" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$WORK"' EXIT
started=$(date +%s)
until curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { tail -40 "$LOG"; die "CS Desk stopped while starting (log above)"; }
  [ $(( $(date +%s) - started )) -lt 3600 ] || die "CS Desk was not ready within an hour"
  sleep 2
done
grep -h "demo data:" "$LOG" | sed 's/.*demo data: /    demo data: /' || true
say "Ready after $(( $(date +%s) - started )) s: $(psql_bench "select count(*) from members.member") members, $(psql_bench "select count(*) from orders.sales_order") orders"

# the benchmark's own goods (never short of stock) and a spread of the generated members
say "Preparing 400 benchmark SKUs and 20,000 members"
for n in $(seq 1 400); do
  sku=$(printf 'BENCH-%03d' "$n")
  echo "$sku" >>"$WORK/skus.txt"
  special=false; [ $((n % 7)) = 0 ] && special=true
  curl -fs -o /dev/null -X PUT "$BASE/api/storefront/v1/products/$sku" -H "X-Api-Key: $KEY" \
    -H 'Content-Type: application/json' -d "{\"name\": \"压测商品 $n\", \"listPrice\": $((n * 17 % 400 + 59)), \
\"weightKg\": 0.4, \"stock\": 100000000, \"kind\": \"IN_STOCK\", \"specialPrice\": $special}" \
    || die "could not create the benchmark product $sku"
done
psql_bench "select nickname from members.member order by hashint8(id) limit 20000" >"$WORK/members.txt"

say "Driving the storefront ($CLIENTS clients, ${SECONDS_PER_CALL}s per call)"
"$JAVA_HOME/bin/java" bench/StorefrontBench.java "$BASE" "$KEY" "$WORK/members.txt" "$WORK/skus.txt" \
  "$CLIENTS" "$SECONDS_PER_CALL"
