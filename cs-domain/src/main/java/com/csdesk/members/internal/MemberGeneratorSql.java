package com.csdesk.members.internal;

import com.csdesk.members.CustomerType;
import com.csdesk.members.MemberGenerator;
import com.csdesk.shared.BulkLoad;
import com.csdesk.shared.Province;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo members by SQL over {@code generate_series}: every "random" choice is a hash of the
 * member's number, so a run is repeatable and needs no round trip per row.
 */
@Component
class MemberGeneratorSql implements MemberGenerator {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
            "邓", "曹", "彭", "曾", "萧", "田", "董", "潘", "袁", "蔡", "蒋", "余");
    private static final List<String> GIVEN = List.of("小花", "雨萱", "梓涵", "欣怡", "静", "敏", "丽", "婷婷", "晓燕",
            "佳怡", "思琪", "子涵", "诗涵", "梦琪", "雪", "娜", "芳", "颖", "倩", "悦", "伟", "强", "磊", "洋", "勇",
            "杰", "浩然", "宇轩", "子豪", "俊杰", "嘉怡", "一诺", "可馨", "紫萱", "晨曦", "若曦", "心怡", "美琳", "慧",
            "玲");
    private static final List<String> NICK_A = List.of("甜甜的", "爱笑的", "安静的", "快乐的", "小小", "慢半拍的",
            "追风的", "温柔的", "元气", "迷糊的", "努力的", "软萌", "酷酷的", "月光下的", "不吃香菜的", "想去旅行的");
    private static final List<String> NICK_B = List.of("小鱼", "兔子", "猫咪", "桃子", "奶茶", "小熊", "柠檬",
            "星星", "蘑菇", "糖豆", "布丁", "向日葵", "喵", "栗子", "芒果", "云朵", "鲸鱼", "团子");
    private static final List<String> LATIN = List.of("sunny", "lily", "coco", "momo", "yoyo", "kiki", "amy", "vivi",
            "lucky", "cherry", "angel", "nana", "echo", "luna", "mia", "tina");
    private static final List<String> CHANNELS = List.of("淘宝", "淘宝", "淘宝", "天猫", "天猫", "微信", "小红书",
            "抖音", "线下门店");
    private static final List<String> STREETS = List.of("人民路", "解放路", "中山路", "建设路", "和平路", "南京路",
            "长江路", "文化路", "新华路", "青年路", "花园路", "胜利路", "幸福路", "友谊路", "滨江大道", "世纪大道");
    private static final List<String> DISTRICTS = List.of("新区", "东城区", "西城区", "南山区", "高新区", "开发区",
            "经济区", "滨湖区");
    private static final List<String> TAGS = List.of("爱买连衣裙", "敏感肌", "学生党", "宝妈", "老客户", "大码",
            "小个子", "偏爱黑色", "只买特价", "韩系风格", "送礼", "催发货", "爱砍价", "好评达人", "职场通勤", "运动风");
    private static final List<String> NOTES = List.of("平时穿M码,腰围偏细", "对羊毛过敏,推荐棉质", "要求顺丰发货",
            "上次少发一件,已补发并致歉", "喜欢韩国直送的款", "收货地址是公司,工作日收件", "答应到货后短信通知",
            "不喜欢电话联系,请旺旺沟通", "生日在三月,可送小礼物", "对尺码很在意,推荐时附尺码表");
    private static final List<String> AUTHORS = List.of("presales", "aftersales", "supervisor");

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberGeneratorSql(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int generate(int count) {
        return BulkLoad.insert(jdbc, count, List.of("members.member", "members.member_address",
                "members.member_tag", "members.member_note", "members.member_customer_type"), false, this::insert);
    }

    @Override
    @Transactional
    public void addGeneratedSpend(Long[] memberIds, java.math.BigDecimal[] amounts) {
        jdbc.sql("""
                update members.member m set cumulative_spend = greatest(0, m.cumulative_spend + s.amount)
                from unnest(cast(? as bigint[]), cast(cast(? as text[]) as numeric[])) as s(id, amount)
                where m.id = s.id""")
                .params(memberIds, Arrays.stream(amounts).map(java.math.BigDecimal::toPlainString).toArray(String[]::new))
                .update();
    }

    private int insert(int count) {
        long first = jdbc.sql("select coalesce(max(id), 0) + 1 from members.member").query(Long.class).single();
        long last = first + count - 1;
        Timestamp now = Timestamp.from(clock.instant());
        long spanSeconds = Duration.ofDays(5 * 365).toSeconds();
        jdbc.sql("create temporary table demo_province (name text, lo bigint, hi bigint) on commit drop").update();
        long cumulative = 0;
        for (Province p : Province.domestic()) {
            jdbc.sql("insert into demo_province values (?, ?, ?)")
                    .params(p.shortName(), cumulative, cumulative + p.populationTenThousands() - 1).update();
            cumulative += p.populationTenThousands();
        }
        jdbc.sql("analyze demo_province").update();
        int inserted = jdbc.sql("""
                insert into members.member (id, nickname, phone, email, real_name, province, channel, registered_at,
                                            cumulative_spend, version)
                select g.i,
                       case abs(hashint8(g.i * 11)) % 4
                         when 0 then (:a)[1 + abs(hashint8(g.i * 13)) % cardinality(:a)]
                                     || (:b)[1 + abs(hashint8(g.i * 17)) % cardinality(:b)] || g.i
                         when 1 then (:latin)[1 + abs(hashint8(g.i * 19)) % cardinality(:latin)] || '_' || g.i
                         when 2 then 'tb' || lpad((g.i * 7919 % 100000000)::text, 8, '0') || '_' || g.i
                         else (:b)[1 + abs(hashint8(g.i * 23)) % cardinality(:b)]
                              || (:latin)[1 + abs(hashint8(g.i * 29)) % cardinality(:latin)] || g.i
                       end,
                       '1' || (array['3','5','7','8','9'])[1 + abs(hashint8(g.i * 31)) % 5]
                           || lpad((abs(hashint8(g.i * 37)) % 1000000000)::text, 9, '0'),
                       case when abs(hashint8(g.i * 41)) % 3 = 0
                            then (:latin)[1 + abs(hashint8(g.i * 43)) % cardinality(:latin)] || g.i || '@example.com' end,
                       (:surnames)[1 + abs(hashint8(g.i * 47)) % cardinality(:surnames)]
                           || (:given)[1 + abs(hashint8(g.i * 53)) % cardinality(:given)],
                       (select p.name from demo_province p
                        where abs(hashint8(g.i * 59)) % :population between p.lo and p.hi),
                       (:channels)[1 + abs(hashint8(g.i * 61)) % cardinality(:channels)],
                       cast(:now as timestamptz) - make_interval(secs => abs(hashint8(g.i * 67)) % :span),
                       0, 0
                from generate_series(:first::bigint, :last::bigint) as g(i)""")
                .param("a", NICK_A.toArray(String[]::new))
                .param("b", NICK_B.toArray(String[]::new))
                .param("latin", LATIN.toArray(String[]::new))
                .param("surnames", SURNAMES.toArray(String[]::new))
                .param("given", GIVEN.toArray(String[]::new))
                .param("channels", CHANNELS.toArray(String[]::new))
                .param("population", cumulative)
                .param("now", now)
                .param("span", spanSeconds)
                .param("first", first)
                .param("last", last)
                .update();
        // one default address per member, a second one for every fifth
        jdbc.sql("""
                insert into members.member_address (member_id, receiver, phone, province, city, district, detail, is_default)
                select m.id, m.real_name, m.phone, m.province, m.province || '市', d.district,
                       (abs(hashint8(m.id * 71)) % 300 + 1) || '号' || (:streets)[1 + abs(hashint8(m.id * 73)) % cardinality(:streets)]
                           || (abs(hashint8(m.id * 79)) % 30 + 1) || '栋' || (abs(hashint8(m.id * 83)) % 2800 + 101) || '室',
                       d.is_default
                from members.member m
                cross join lateral (values (true, (:districts)[1 + abs(hashint8(m.id * 89)) % cardinality(:districts)]),
                                           (false, (:districts)[1 + abs(hashint8(m.id * 97)) % cardinality(:districts)]))
                     as d(is_default, district)
                where m.id between :first and :last and (d.is_default or m.id % 5 = 0)""")
                .param("streets", STREETS.toArray(String[]::new))
                .param("districts", DISTRICTS.toArray(String[]::new))
                .param("first", first).param("last", last)
                .update();
        jdbc.sql("""
                insert into members.member_tag (member_id, tag)
                select distinct m.id, (:tags)[1 + abs(hashint8(m.id * 101 + k)) % cardinality(:tags)]
                from members.member m cross join generate_series(1, 3) k
                where m.id between :first and :last and abs(hashint8(m.id * 103)) % 10 < 3
                  and k <= 1 + abs(hashint8(m.id * 107)) % 3""")
                .param("tags", TAGS.toArray(String[]::new))
                .param("first", first).param("last", last)
                .update();
        jdbc.sql("""
                insert into members.member_note (member_id, text, author, at)
                select m.id, (:notes)[1 + abs(hashint8(m.id * 109)) % cardinality(:notes)],
                       (:authors)[1 + abs(hashint8(m.id * 113)) % cardinality(:authors)],
                       m.registered_at + (cast(:now as timestamptz) - m.registered_at) * ((abs(hashint8(m.id * 127)) % 1000) / 1000.0)
                from members.member m
                where m.id between :first and :last and abs(hashint8(m.id * 131)) % 10 = 0""")
                .param("notes", NOTES.toArray(String[]::new))
                .param("authors", AUTHORS.toArray(String[]::new))
                .param("now", now)
                .param("first", first).param("last", last)
                .update();
        for (CustomerType.Dimension dimension : CustomerType.Dimension.values()) {
            String[] types = Arrays.stream(CustomerType.values()).filter(t -> t.dimension() == dimension)
                    .map(Enum::name).toArray(String[]::new);
            jdbc.sql("""
                    insert into members.member_customer_type (member_id, type)
                    select m.id, (:types)[1 + abs(hashint8(m.id * 137 + :salt)) % cardinality(:types)]
                    from members.member m
                    where m.id between :first and :last and abs(hashint8(m.id * 139 + :salt)) % 5 = 0""")
                    .param("types", types)
                    .param("salt", dimension.ordinal())
                    .param("first", first).param("last", last)
                    .update();
        }
        // keep the identity ahead of the ids given here
        jdbc.sql("select setval(pg_get_serial_sequence('members.member', 'id'), (select max(id) from members.member))")
                .query(Long.class).single();
        return inserted;
    }
}
