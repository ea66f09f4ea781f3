#!/usr/bin/env bash
# Order search at scale: loads ORDERS (default 1,000,000) orders with 1-3 lines each for 100,000
# members into a scratch database (dropped and made again each run), then times the desk's order
# searches with EXPLAIN ANALYZE. The queries have the shape OrderDeskQueries builds.
#   ./desk bench order-search [orders]
set -euo pipefail
cd "$(dirname "$0")/.."
ORDERS=${1:-1000000}
DB=${CSDESK_BENCH_DB:-csdesk_order_search}
export PGPASSWORD=${DB_PASSWORD:-}
PSQL=(psql -h "${DB_HOST:-127.0.0.1}" -p "${DB_PORT:-5432}" -U "${DB_USER:-postgres}" -v ON_ERROR_STOP=1 -qAt)

run() { "${PSQL[@]}" -d "$DB" "$@"; }
if [ "${REUSE_DB:-}" = 1 ]; then
  echo "== reusing $DB: $(run -c "select count(*) from orders.sales_order") orders"
else
echo "== scratch database $DB, $ORDERS orders"
"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"
run -c "create extension if not exists pg_trgm"
run -f cs-orders/src/main/resources/db/migration/orders/V2_1__orders.sql
# the bulk load goes faster without the text indexes; the desk migration builds its own afterwards
run -c "drop index orders.order_line_name_trgm_idx"

start=$(date +%s)
run <<SQL
set synchronous_commit = off;
insert into orders.sales_order (order_no, member_id, member_nickname, status, receiver, receiver_phone, province, region,
    city, district, address_detail, carrier, goods_total, member_discount, goods_payable, shipping_fee, payable,
    paid_amount, shipping_rule, quote, flag, created_at, paid_at, urged_at)
select to_char(created, 'YYYYMMDD') || lpad(i::text, 8, '0'), m, nick, status, '收货人' || m, '138' || lpad(m::text, 8, '0'),
       '上海', 'A', '上海市', '浦东新区', '世纪大道' || (m % 500) || '号', 'ZTO', 300, 0, 300, 0, 300,
       case when status in ('WAITING_PAYMENT', 'CLOSED') then 0 else 300 end, 'FREE_SINGLE_ORDER', '{}'::jsonb,
       case when i % 25 = 0 then 'RED' when i % 16 = 0 then 'BLUE' else 'GREY' end, created,
       case when status in ('WAITING_PAYMENT', 'CLOSED') then null else created + interval '10 minutes' end,
       case when status = 'WAITING_PAYMENT' and i % 3 = 0 then created + interval '2 hours' end
from (
  select i, m, created,
         (array['小', '大', '爱笑的', '快乐', '元气', '甜甜', '安静的', '一只', '会飞的', '温柔'])[1 + m % 10]
           || (array['花猫', '鲸鱼', '团子', '兔子', '橘子', '星星', '月亮', '桃子', '奶茶', '松鼠', '小鹿', '柠檬'])[1 + (m / 10) % 12]
           || m as nick,
         case when created > now() - interval '3 days' and i % 4 = 0 then 'WAITING_PAYMENT'
              when created > now() - interval '3 days' then 'PAID'
              when created > now() - interval '12 days' then 'SHIPPED'
              when i % 14 = 0 then 'CLOSED' else 'COMPLETED' end as status
  from (select i, (1 + (i::bigint * 7919) % 100000)::int as m,
               now() - interval '365 days' * (1 - i::float8 / $ORDERS) as created
        from generate_series(1, $ORDERS) i) g) o;

insert into orders.order_line (order_id, line_no, sku, product_name, attributes, kind, special_price, unit_price,
    unit_weight_kg, quantity)
select o.id, n, 'SKU-' || p, name, '颜色: 白色, 尺码: M', 'IN_STOCK', p % 10 = 0, 100, 0.5, 1
from orders.sales_order o
cross join lateral generate_series(1, 1 + (o.id % 3)::int) n
cross join lateral (select (((o.id / 50) * 37 + n * 1009) % 3000)::int as p) pp
cross join lateral (select
    (array['雪纺', '纯棉', '真丝', '针织', '复古', '韩版', '法式', '修身', '宽松', '高腰'])[1 + p % 10]
    || (array['白色', '黑色', '红色', '米色', '藏青', '杏色'])[1 + (p / 10) % 6]
    || (array['连衣裙', '衬衫', '半身裙', 'T恤', '口红', '粉底液', '面霜', '运动鞋', '单肩包', '牛仔裤',
              '风衣', '卫衣', '防晒霜', '眼影盘', '凉鞋', '双肩包', '毛衣', '西装', '睡衣', '丝巾'])[1 + (p / 60) % 20]
    || ' K' || p as name) nm;
SQL
run -f cs-orders/src/main/resources/db/migration/orders/V2_20__order_desk.sql
run -c "vacuum analyze orders.sales_order" -c "vacuum analyze orders.order_line"
echo "loaded in $(( $(date +%s) - start )) s: $(run -c "select count(*) from orders.sales_order") orders, $(run -c "select count(*) from orders.order_line") lines"
fi

some_order=$(run -c "select order_no from orders.sales_order order by id offset $ORDERS / 2 limit 1")
some_nick=$(run -c "select member_nickname from orders.sales_order order by id offset $ORDERS / 3 limit 1")
rare_product=$(run -c "select substring(product_name from 'K[0-9]+\$') from orders.order_line order by id offset $ORDERS / 4 limit 1")

# One search as OrderDeskQueries runs it: first a walk over the newest 2,000 orders that pass the
# filters, testing each; when that does not fill the page (21 rows), the matches through the indexes.
q_sql() { printf "%s" "$1" | sed "s/'/''/g"; }
search() { # label, q, extra filter, prefix-only
  local label=$1 q; q=$(q_sql "$2"); local filter=${3:-} test hits walk index way rows t1 t2
  local where=${filter:+where $filter}
  local cols="select o.order_no, o.status, o.member_nickname, o.payable, o.flag, o.created_at, o.paid_at, o.urged_at,
      (select string_agg(l.product_name, '、' order by l.line_no) from orders.order_line l where l.order_id = o.id and not l.cancelled),
      (select count(*) from orders.order_line l where l.order_id = o.id and not l.cancelled),
      (select count(*) from orders.warehouse_task t where t.order_id = o.id and t.confirmed_at is null)"
  local and=${filter:+ and $filter} products=""
  local ways=()
  if [[ $q =~ ^[0-9]{6,}$ ]]; then
    test="(o.order_no like '$q%' or o.member_nickname = '$q')"
    ways=("o.order_no like '$q%'" "o.member_nickname = '$q'")
  else
    test="o.order_no like '$q%' or o.member_nickname like '$q%'"
    ways=("o.order_no like '$q%'" "o.member_nickname like '$q%'")
    if [ "${4:-}" != prefix ]; then
      test="$test or o.member_nickname ilike '%$q%' or exists (select 1 from orders.order_line l where l.order_id = o.id and l.product_name ilike '%$q%')"
      ways+=("orders.bigrams(o.member_nickname) @> orders.bigrams('$q') and o.member_nickname ilike '%$q%'")
      products="orders.bigrams(l.product_name) @> orders.bigrams('$q') and l.product_name ilike '%$q%'"
    fi
    test="($test)"
  fi
  hits=""
  for w in "${ways[@]}"; do hits="${hits:+$hits union }select o.id from orders.sales_order o where $w$and"; done
  if [ -n "$products" ]; then
    if [ -n "$filter" ]; then
      hits="$hits union select l.order_id from orders.order_line l join orders.sales_order o on o.id = l.order_id where $products$and"
    else
      hits="$hits union select l.order_id from orders.order_line l where $products"
    fi
  fi
  walk="with w as (select o.id, o.order_no, o.status, o.member_nickname, o.payable, o.flag, o.created_at, o.paid_at, o.urged_at
        from orders.sales_order o $where order by o.created_at desc, o.id desc limit 2000)
      $cols, s.scanned from (select count(*) as scanned from w) s left join lateral
        (select * from w o where $test order by o.created_at desc, o.id desc limit 21) o on true order by o.created_at desc, o.id desc"
  index="with hits as ($hits) $cols from (select o.* from orders.sales_order o where o.id = any (array(select id from hits))
        order by o.created_at desc, o.id desc limit 21) o order by o.created_at desc, o.id desc"
  if [ -z "$q" ]; then # no text: the filters alone, newest first
    printf '%-60s %9.1f ms  %-10s\n' "$label" "$(best "$cols from (select o.* from orders.sales_order o $where order by o.created_at desc, o.id desc limit 21) o")" filters
    return
  fi
  t1=$(best "$walk")
  rows=$(run -c "select count(order_no) from ($walk) x")
  local scanned; scanned=$(run -c "select max(scanned) from ($walk) x")
  if [ "$rows" -ge 21 ] || [ "$scanned" -lt 2000 ]; then
    way=walk; t2=0
  else
    way="walk+index"; t2=$(best "$index"); rows=$(run -c "select count(*) from ($index) x")
  fi
  printf '%-60s %9.1f ms  %-10s %2s rows\n' "$label" "$(echo "$t1 + $t2" | bc)" "$way" "$rows"
}
# EXPLAIN ANALYZE execution time: the first run warms the cache, the figure is the best of the next three
best() {
  run -c "explain (analyze) $1" >/dev/null
  for _ in 1 2 3; do run -c "explain (analyze) $1" | sed -n 's/^Execution Time: \([0-9.]*\) ms/\1/p'; done | sort -n | head -1
}

echo "== order search (EXPLAIN ANALYZE execution time, best of 3 after a warm-up; walk = newest orders tested, index = bigram/prefix indexes)"
search "order number, exact ($some_order)" "$some_order"
search "order number, date prefix (${some_order:0:8})" "${some_order:0:8}"
search "nickname, whole ($some_nick)" "$some_nick"
search "nickname, contains 3 chars (${some_nick: -4:3})" "${some_nick: -4:3}"
search "nickname, contains 2 chars, common (团子)" "团子"
search "product, contains 2 chars, common (口红)" "口红"
search "product, contains, rare ($rare_product)" "$rare_product"
search "product, contains, common, status PAID (连衣裙)" "连衣裙" "o.status = 'PAID'"
search "product, contains, common, flag RED, 30 days (风衣)" "风衣" "o.flag = 'RED' and o.created_at >= now() - interval '30 days'"
search "one character (小), prefixes only" "小" "" prefix
search "nickname, contains, rare, status PAID (鲸鱼71947)" "鲸鱼71947" "o.status = 'PAID'"
search "no text, status WAITING_PAYMENT" "" "o.status = 'WAITING_PAYMENT'"
search "no text, flag RED, 7 days" "" "o.flag = 'RED' and o.created_at >= now() - interval '7 days'"
echo "== urge list (unpaid, older than 1 hour, not urged, oldest first)"
printf '%-60s %9s ms\n' "urge list, first page" "$(best "select o.order_no from orders.sales_order o where o.status = 'WAITING_PAYMENT' and o.urged_at is null and o.created_at <= now() - interval '1 hour' order by o.created_at, o.id limit 21 offset 0")"
echo "== index sizes"
run -c "select relname || ': ' || pg_size_pretty(pg_relation_size(oid)) from pg_class where relname in ('sales_order_nickname_bigram_idx', 'order_line_name_bigram_idx', 'sales_order_no_key', 'sales_order', 'order_line') order by relname"
# KEEP_DB=1 keeps the scratch database; REUSE_DB=1 measures it again without loading
[ "${KEEP_DB:-}" = 1 ] || [ "${REUSE_DB:-}" = 1 ] || "${PSQL[@]}" -d postgres -c "drop database $DB"
