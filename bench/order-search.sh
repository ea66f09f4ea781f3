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

echo "== scratch database $DB, $ORDERS orders"
"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"
run() { "${PSQL[@]}" -d "$DB" "$@"; }
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
cross join lateral (select ((o.id * 31 + n * 7) % 3000)::int as p) pp
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

some_order=$(run -c "select order_no from orders.sales_order order by id offset $ORDERS / 2 limit 1")
some_nick=$(run -c "select member_nickname from orders.sales_order order by id offset $ORDERS / 3 limit 1")
rare_product=$(run -c "select substring(product_name from 'K[0-9]+\$') from orders.order_line order by id offset $ORDERS / 4 limit 1")

# One search as the desk runs it: matches by each index, then filters, then the page of 20 (+1).
search() { # label, q, extra where, prefix-only
  local label=$1 q=$2 where=${3:-} hits="" ways
  if [ -n "$q" ]; then
    ways="select id from orders.sales_order where order_no like '$q%'
          union select id from orders.sales_order where member_nickname like '$q%'"
    if [ "${4:-}" != prefix ]; then
      ways="$ways union select id from orders.sales_order where orders.bigrams(member_nickname) @> orders.bigrams('$q')
                    and member_nickname ilike '%$q%'
          union select order_id from orders.order_line where orders.bigrams(product_name) @> orders.bigrams('$q')
                    and product_name ilike '%$q%'"
    fi
    hits="with hits as ($ways) "
    where="o.id in (select id from hits)${where:+ and $where}"
  fi
  local sql="${hits}select o.order_no, o.status, o.member_nickname, o.payable, o.flag, o.created_at, o.paid_at, o.urged_at,
      (select string_agg(l.product_name, '、' order by l.line_no) from orders.order_line l where l.order_id = o.id and not l.cancelled),
      (select count(*) from orders.order_line l where l.order_id = o.id and not l.cancelled),
      (select count(*) from orders.warehouse_task t where t.order_id = o.id and t.confirmed_at is null)
    from (select o.* from orders.sales_order o ${where:+where $where}
          order by o.created_at desc, o.id desc limit 21 offset 0) o order by o.created_at desc, o.id desc"
  run -c "select 1" >/dev/null
  # first run warms the cache; the figure is the best of the next three
  run -c "explain (analyze) $sql" >/dev/null
  local best
  best=$(for _ in 1 2 3; do run -c "explain (analyze) $sql" | sed -n 's/^Execution Time: \([0-9.]*\) ms/\1/p'; done | sort -n | head -1)
  local rows
  rows=$(run -c "select count(*) from ($sql) x")
  printf '%-58s %8s ms  %2s rows\n' "$label" "$best" "$rows"
}

echo "== order search, $ORDERS orders (EXPLAIN ANALYZE execution time, best of 3, warm cache)"
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
search "no text, status WAITING_PAYMENT" "" "o.status = 'WAITING_PAYMENT'"
search "no text, flag RED, 7 days" "" "o.flag = 'RED' and o.created_at >= now() - interval '7 days'"
echo "== urge list (unpaid, older than 1 hour, not urged, oldest first)"
best=$(for _ in 1 2 3 4; do run -c "explain (analyze) select o.order_no from orders.sales_order o where o.status = 'WAITING_PAYMENT' and o.urged_at is null and o.created_at <= now() - interval '1 hour' order by o.created_at, o.id limit 21 offset 0" | sed -n 's/^Execution Time: \([0-9.]*\) ms/\1/p'; done | sort -n | head -1)
printf '%-58s %8s ms\n' "urge list, first page" "$best"
echo "== index sizes"
run -c "select relname || ': ' || pg_size_pretty(pg_relation_size(oid)) from pg_class where relname in ('sales_order_nickname_bigram_idx', 'order_line_name_bigram_idx', 'sales_order_no_prefix_idx', 'sales_order', 'order_line') order by relname"
[ "${KEEP_DB:-}" = 1 ] || "${PSQL[@]}" -d postgres -c "drop database $DB"
