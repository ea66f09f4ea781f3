package com.csdesk.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.testsupport.MutableClock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The member contract: storefront create/update, desk search and 360 view, tags, notes, types, masking, audit. */
@DeskIntegrationTest
class MemberApiTests {

    static final String KEY = "demo-storefront-key";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    String nickname;

    @BeforeEach
    void newMember() throws Exception {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        nickname = "小花猫" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(put("/api/storefront/v1/members/{n}", nickname).header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"phone": "13812341234", "email": "hua@example.com", "realName": "张小花",
                                 "province": "上海市", "channel": "淘宝",
                                 "addresses": [{"receiver": "张小花", "phone": "13812341234", "province": "上海",
                                                "city": "上海市", "district": "浦东新区", "detail": "世纪大道100号1201室",
                                                "isDefault": true}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nickname").value(nickname))
                .andExpect(jsonPath("$.province").value("上海"))
                .andExpect(jsonPath("$.tier").value("REGULAR"))
                .andExpect(jsonPath("$.cumulativeSpend").value(0.0))
                .andExpect(jsonPath("$.addresses[0].detail").value("世纪大道100号1201室"));
    }

    @Test
    void storefrontUpdatesKeepWhatIsNotSentAndReplaceTheAddressBook() throws Exception {
        mvc.perform(put("/api/storefront/v1/members/{n}", nickname).header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"province": "广东省", "addresses": [{"receiver": "张小花", "phone": "13812341234",
                                  "province": "广东", "detail": "天河路1号"}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.province").value("广东"))
                .andExpect(jsonPath("$.realName").value("张小花"))
                .andExpect(jsonPath("$.addresses", hasSize(1)))
                .andExpect(jsonPath("$.addresses[0].province").value("广东"));
        mvc.perform(get("/api/storefront/v1/members/{n}", nickname).header("X-Api-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("hua@example.com"))
                .andExpect(jsonPath("$.tierName").value("普通会员"))
                .andExpect(jsonPath("$.notes").doesNotExist());
    }

    @Test
    void badInputIsAProblemThatNamesTheFieldAndChangesNothing() throws Exception {
        mvc.perform(put("/api/storefront/v1/members/{n}", nickname).header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"province\": \"火星\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:unknown-province"))
                .andExpect(jsonPath("$.detail", containsString("火星")))
                .andExpect(jsonPath("$.errors[0].field").value("province"));
        mvc.perform(put("/api/storefront/v1/members/{n}", nickname).header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"phone": "call me", "email": "not-an-email"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:validation"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("phone")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")));
        mvc.perform(put("/api/storefront/v1/members/{n}", nickname).header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phone\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:unreadable-body"));
        mvc.perform(get("/api/storefront/v1/members/{n}", nickname).header("X-Api-Key", KEY))
                .andExpect(jsonPath("$.province").value("上海"))
                .andExpect(jsonPath("$.phone").value("13812341234"));
        mvc.perform(get("/api/storefront/v1/members/{n}", "nobody-" + nickname).header("X-Api-Key", KEY))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:not-found"));
    }

    @Test
    void nullListElementsAreValidationProblemsAndChangeNothing() throws Exception {
        mvc.perform(put("/api/storefront/v1/members/{n}", nickname).header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"addresses\": [null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field", startsWith("addresses")));
        mvc.perform(put("/api/desk/v1/members/{n}/customer-types", nickname).with(httpBasic("presales", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"types\": [\"FRIENDLY\", null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field", startsWith("types")));
        mvc.perform(get("/api/storefront/v1/members/{n}", nickname).header("X-Api-Key", KEY))
                .andExpect(jsonPath("$.addresses", hasSize(1)));
        mvc.perform(get("/api/desk/v1/members/{n}", nickname).with(httpBasic("presales", "demo")))
                .andExpect(jsonPath("$.customerTypes", hasSize(0)));
    }

    @Test
    void blankNicknamesAreRefusedWhereverANicknameComesIn() throws Exception {
        for (String blank : new String[] {" ", "\t", " \u3000 "}) {
            mvc.perform(put("/api/storefront/v1/members/{n}", blank).header("X-Api-Key", KEY)
                            .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("nickname"));
            mvc.perform(get("/api/storefront/v1/members/{n}", blank).header("X-Api-Key", KEY))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("nickname"));
            mvc.perform(get("/api/desk/v1/members/{n}", blank).with(httpBasic("presales", "demo")))
                    .andExpect(status().isBadRequest());
            mvc.perform(get("/api/desk/v1/members/{n}/orders", blank).with(httpBasic("presales", "demo")))
                    .andExpect(status().isBadRequest());
            mvc.perform(post("/api/desk/v1/members/{n}/tags", blank).with(httpBasic("presales", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"tag\": \"爱买连衣裙\"}"))
                    .andExpect(status().isBadRequest());
            mvc.perform(delete("/api/desk/v1/members/{n}/tags/{t}", blank, "爱买连衣裙").with(httpBasic("presales", "demo")))
                    .andExpect(status().isBadRequest());
            mvc.perform(post("/api/desk/v1/members/{n}/notes", blank).with(httpBasic("presales", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"平时穿M码\"}"))
                    .andExpect(status().isBadRequest());
            mvc.perform(put("/api/desk/v1/members/{n}/customer-types", blank).with(httpBasic("presales", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"types\": []}"))
                    .andExpect(status().isBadRequest());
        }
        long blankMembers = jdbc.sql("select count(*) from members.member where btrim(nickname, ' \t\u3000') = ''")
                .query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(blankMembers).isZero();
    }

    @Test
    void theOrdersOfAMemberThatDoesNotExistAreNotFound() throws Exception {
        mvc.perform(get("/api/desk/v1/members/{n}/orders", "nobody-" + nickname).with(httpBasic("presales", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:not-found"));
        mvc.perform(get("/api/desk/v1/members/{n}/orders", nickname).with(httpBasic("presales", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void storefrontNeedsAValidKey() throws Exception {
        mvc.perform(get("/api/storefront/v1/members/{n}", nickname))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/storefront/v1/members/{n}", nickname).header("X-Api-Key", "wrong"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/storefront/v1/members/{n}", nickname).with(httpBasic("admin", "demo")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void deskSearchFindsByNicknamePhoneAndNameWithPhonesMaskedForPresales() throws Exception {
        for (String q : new String[] {nickname, nickname.substring(0, 5), nickname.substring(3, 9)}) {
            mvc.perform(get("/api/desk/v1/members").param("q", q).with(httpBasic("presales", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].nickname", hasItem(nickname)));
        }
        mvc.perform(get("/api/desk/v1/members").param("q", nickname).with(httpBasic("presales", "demo")))
                .andExpect(jsonPath("$.items[0].nickname").value(nickname))
                .andExpect(jsonPath("$.items[0].phone").value("138****1234"));
        mvc.perform(get("/api/desk/v1/members").param("q", nickname).with(httpBasic("aftersales", "demo")))
                .andExpect(jsonPath("$.items[0].phone").value("13812341234"));
        mvc.perform(get("/api/desk/v1/members").param("q", "张小花").param("size", "100")
                        .with(httpBasic("supervisor", "demo")))
                .andExpect(jsonPath("$.items[*].nickname", hasItem(nickname)));
        mvc.perform(get("/api/desk/v1/members").param("q", "1234").param("size", "100")
                        .with(httpBasic("supervisor", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].nickname", hasItem(nickname)));
        mvc.perform(get("/api/desk/v1/members").param("q", "").with(httpBasic("presales", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/desk/v1/members").param("q", "x").param("size", "1000").with(httpBasic("presales", "demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void rolesThatSeeMaskedPhonesFindMembersByWholePhoneNumbersOnly() throws Exception {
        String phone = "187" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
        mvc.perform(put("/api/storefront/v1/members/{n}", nickname).header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phone\": \"" + phone + "\"}"))
                .andExpect(status().isOk());
        for (String part : new String[] {phone.substring(0, 7), phone.substring(3, 10), phone.substring(0, 10)}) {
            mvc.perform(get("/api/desk/v1/members").param("q", part).param("size", "100")
                            .with(httpBasic("presales", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].nickname", not(hasItem(nickname))));
            mvc.perform(get("/api/desk/v1/members").param("q", part).param("size", "100")
                            .with(httpBasic("aftersales", "demo")))
                    .andExpect(jsonPath("$.items[*].nickname", hasItem(nickname)));
        }
        mvc.perform(get("/api/desk/v1/members").param("q", phone).with(httpBasic("presales", "demo")))
                .andExpect(jsonPath("$.items[0].nickname").value(nickname))
                .andExpect(jsonPath("$.items[0].phone").value(phone.substring(0, 3) + "****" + phone.substring(7)));
        // the desk pages search the same way
        mvc.perform(get("/desk/members/results").param("q", phone.substring(0, 7)).with(user("presales").roles("PRESALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(nickname))));
        mvc.perform(get("/desk/members/results").param("q", phone.substring(0, 7)).with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(content().string(containsString(nickname)));
    }

    @Test
    void phonesAreMaskedByDigitsWhateverTheirSeparators() throws Exception {
        mvc.perform(put("/api/storefront/v1/members/{n}", nickname).header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"phone": "138 1234 5678",
                                 "addresses": [{"receiver": "张小花", "phone": "+86 138-1234-5678", "province": "上海",
                                                "detail": "世纪大道100号1201室"}]}"""))
                .andExpect(status().isOk());
        mvc.perform(get("/api/desk/v1/members/{n}", nickname).with(httpBasic("presales", "demo")))
                .andExpect(jsonPath("$.phone").value("138 **** 5678"))
                .andExpect(jsonPath("$.addresses[0].phone").value("+86 138-****-5678"));
        mvc.perform(get("/api/desk/v1/members/{n}", nickname).with(httpBasic("aftersales", "demo")))
                .andExpect(jsonPath("$.phone").value("138 1234 5678"));
    }

    @Test
    void the360ViewMasksAddressesForPresales() throws Exception {
        mvc.perform(get("/api/desk/v1/members/{n}", nickname).with(httpBasic("presales", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("138****1234"))
                .andExpect(jsonPath("$.addresses[0].phone").value("138****1234"))
                .andExpect(jsonPath("$.addresses[0].detail", startsWith("世纪大道")))
                .andExpect(jsonPath("$.addresses[0].detail", containsString("****")))
                .andExpect(jsonPath("$.tierName").value("普通会员"))
                .andExpect(jsonPath("$.nextTierGap").value(1000.0));
        mvc.perform(get("/api/desk/v1/members/{n}", nickname).with(httpBasic("aftersales", "demo")))
                .andExpect(jsonPath("$.addresses[0].detail").value("世纪大道100号1201室"));
    }

    @Test
    void rolesThatDoNotServeMembersAreForbiddenAndStrangersUnauthorized() throws Exception {
        mvc.perform(get("/api/desk/v1/members/{n}", nickname).with(httpBasic("warehouse", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/desk/v1/members/{n}", nickname))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/desk/v1/members/{n}", nickname).with(httpBasic("presales", "wrong")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/desk/v1/members/{n}", nickname).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void notesAreSignedAndShownWithAuthorAndDate() throws Exception {
        mvc.perform(post("/api/desk/v1/members/{n}/notes", nickname).with(httpBasic("presales", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"平时穿M码\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.notes[0].display").value("平时穿M码 (presales, 2026-11-23)"))
                .andExpect(jsonPath("$.notes[0].author").value("presales"));
        // late evening in UTC is already the next day in Beijing
        clock.set(Instant.parse("2026-11-23T17:30:00Z"));
        mvc.perform(post("/api/desk/v1/members/{n}/notes", nickname).with(httpBasic("aftersales", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"已补发\"}"))
                .andExpect(jsonPath("$.notes[0].display").value("已补发 (aftersales, 2026-11-24)"))
                .andExpect(jsonPath("$.notes", hasSize(2)));
        mvc.perform(post("/api/desk/v1/members/{n}/notes", nickname).with(httpBasic("presales", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"  \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/ops/v1/audit").param("entityType", "member").param("entityId", nickname)
                        .with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[0].action").value("member.note-added"))
                .andExpect(jsonPath("$[0].actor").value("aftersales"))
                .andExpect(jsonPath("$[*].action", hasItem("member.created")));
    }

    @Test
    void tagsAreAddedOnceAndRemoved() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/desk/v1/members/{n}/tags", nickname).with(httpBasic("presales", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"tag\": \"爱买连衣裙\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.tags", hasSize(1)));
        }
        mvc.perform(delete("/api/desk/v1/members/{n}/tags/{t}", nickname, "爱买连衣裙").with(httpBasic("presales", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tags", hasSize(0)));
        mvc.perform(post("/api/desk/v1/members/{n}/tags", nickname).with(httpBasic("presales", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"tag\": \"这是一个远远超过二十个字的非常非常长的会员标签文本内容\"}"))
                .andExpect(status().isBadRequest());
        long audited = jdbc.sql("select count(*) from platform.audit_log where entity_id = ? and action like 'member.tag%'")
                .param(nickname).query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(audited).isEqualTo(2);
    }

    @Test
    void customerTypesOnePerDimensionWithTheirStrategyAndNoLostUpdates() throws Exception {
        mvc.perform(put("/api/desk/v1/members/{n}/customer-types", nickname).with(httpBasic("presales", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"types\": [\"FRIENDLY\", \"BARGAINER\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerTypes", hasSize(2)))
                .andExpect(jsonPath("$.customerTypes[0].code").value("FRIENDLY"))
                .andExpect(jsonPath("$.customerTypes[0].strategy", containsString("Serve at your best")));
        mvc.perform(put("/api/desk/v1/members/{n}/customer-types", nickname).with(httpBasic("presales", "demo"))
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"types\": [\"FRIENDLY\", \"PICKY\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:customer-type-clash"))
                .andExpect(jsonPath("$.detail", containsString("友善型")));
        long version = ((Number) com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/desk/v1/members/{n}", nickname)
                .with(httpBasic("presales", "demo"))).andReturn().getResponse().getContentAsString(), "$.version")).longValue();
        mvc.perform(put("/api/desk/v1/members/{n}/customer-types", nickname).with(httpBasic("supervisor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"types\": [\"EXPERT\"], \"version\": " + version + "}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/desk/v1/members/{n}/customer-types", nickname).with(httpBasic("presales", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"types\": [\"NOVICE\"], \"version\": " + version + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:concurrent-edit"));
        mvc.perform(get("/api/desk/v1/members/{n}", nickname).with(httpBasic("presales", "demo")))
                .andExpect(jsonPath("$.customerTypes[*].code", is(java.util.List.of("EXPERT"))));
    }
}
