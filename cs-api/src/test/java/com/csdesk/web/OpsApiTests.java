package com.csdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.DeskIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Ops: API keys (hashed, revocable), staff, and that only admins get in. */
@DeskIntegrationTest
class OpsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void issuedKeysWorkUntilRevokedAndAreStoredHashed() throws Exception {
        String body = mvc.perform(post("/api/ops/v1/api-keys").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"mini program\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret", startsWith("csk_")))
                .andExpect(jsonPath("$.key.revokedAt", nullValue()))
                .andReturn().getResponse().getContentAsString();
        String secret = JsonPath.read(body, "$.secret");
        int id = JsonPath.read(body, "$.key.id");
        long stored = jdbc.sql("select count(*) from staff.api_key where key_hash = ? or key_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')")
                .params(secret, secret).query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(stored).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from staff.api_key where key_hash = ?")
                .param(secret).query(Long.class).single()).isZero();

        String sku = "K-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(get("/api/storefront/v1/products/{sku}", sku).header("X-Api-Key", secret))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/ops/v1/api-keys").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[*].name", hasItem("mini program")))
                .andExpect(jsonPath("$[0].secret").doesNotExist());
        mvc.perform(post("/api/ops/v1/api-keys/{id}/revoke", id).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedBy").value("admin"));
        mvc.perform(get("/api/storefront/v1/products/{sku}", sku).header("X-Api-Key", secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/ops/v1/api-keys/{id}/revoke", 999_999).with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsUseOps() throws Exception {
        for (String user : new String[] {"presales", "aftersales", "supervisor", "warehouse"}) {
            mvc.perform(get("/api/ops/v1/staff").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/ops/v1/api-keys").with(httpBasic("supervisor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/ops/v1/staff")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/ops/v1/staff").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem("presales")))
                .andExpect(jsonPath("$[0].password").doesNotExist());
    }

    @Test
    void adminsOpenAccountsThatCanSignIn() throws Exception {
        String username = "agent" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/api/ops/v1/staff").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "displayName": "小新", "department": "PRESALES",
                                 "roles": ["PRESALES"], "password": "s3cret-pass"}""".formatted(username)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles[0]").value("PRESALES"));
        mvc.perform(get("/api/desk/v1/customer-types").with(httpBasic(username, "s3cret-pass")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/ops/v1/staff").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "displayName": "x", "department": "PRESALES",
                                 "roles": ["PRESALES"], "password": "another-pass"}""".formatted(username)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:username-taken"));
        mvc.perform(post("/api/ops/v1/staff/{u}/disable", username).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/desk/v1/customer-types").with(httpBasic(username, "s3cret-pass")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aDisabledAccountsDeskSessionEndsAtItsNextRequest() throws Exception {
        String username = "agent" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/api/ops/v1/staff").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "displayName": "小诚", "department": "PRESALES",
                                 "roles": ["PRESALES"], "password": "s3cret-pass"}""".formatted(username)))
                .andExpect(status().isCreated());
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                                .formLogin("/login").user(username).password("s3cret-pass"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getRequest().getSession();
        mvc.perform(get("/desk/orders").session(session)).andExpect(status().isOk());
        mvc.perform(post("/api/ops/v1/staff/{u}/disable", username).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/desk/orders").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
    }

    @Test
    void passwordsAreLimitedToWhatBcryptHashesInBytesNotCharacters() throws Exception {
        String username = "agent" + UUID.randomUUID().toString().substring(0, 6);
        String thirtyHanzi = "客".repeat(30); // 30 characters, 90 bytes in UTF-8
        mvc.perform(post("/api/ops/v1/staff").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("""
                                {"username": "%s", "displayName": "小新", "department": "PRESALES",
                                 "roles": ["PRESALES"], "password": "%s"}""".formatted(username, thirtyHanzi)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:password-too-long"))
                .andExpect(jsonPath("$.detail", containsString("at most 72 bytes (a Chinese character counts as 3)")))
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post("/api/ops/v1/staff").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-CN")
                        .content("""
                                {"username": "%s", "displayName": "小新", "department": "PRESALES",
                                 "roles": ["PRESALES"], "password": "%s"}""".formatted(username, "a" + "客".repeat(24))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("72 字节")));
        mvc.perform(get("/api/ops/v1/staff").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[*].username", not(hasItem(username))));
        // exactly 72 bytes is what bcrypt takes: the account opens and signs in
        String twentyFourHanzi = "客".repeat(24);
        mvc.perform(post("/api/ops/v1/staff").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "displayName": "小新", "department": "PRESALES",
                                 "roles": ["PRESALES"], "password": "%s"}""".formatted(username, twentyFourHanzi)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/desk/v1/customer-types").with(httpBasic(username, twentyFourHanzi)))
                .andExpect(status().isOk());
    }

    @Test
    void healthIsPublicAndPrometheusIsForAdmins() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/storefront/v1/members/{nickname}']").exists());
    }

    @Test
    void unknownRoutesAndMethodsAreProblemsToo() throws Exception {
        mvc.perform(get("/api/desk/v1/nothing-here").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:http-404"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .patch("/api/desk/v1/members/x").with(httpBasic("admin", "demo")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:http-405"));
        // outside the three APIs but under /api: a problem, not the desk's login page
        mvc.perform(get("/api/nonexistent")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").exists());
        mvc.perform(get("/api/nonexistent").with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void theAuditOfOneThingNeedsBothItsTypeAndItsId() throws Exception {
        mvc.perform(get("/api/ops/v1/audit").param("entityType", "order").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("entityId"));
        mvc.perform(get("/api/ops/v1/audit").param("entityId", "x").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/ops/v1/audit").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
    }

    @Test
    void pathsTheServerRefusesAreProblemsToo() throws Exception {
        // refused before any controller (by the firewall or the server itself): over real HTTP, not MockMvc
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/api/desk/v1/orders/%25", "/api/desk/v1/orders/a;b", "/api/desk/v1/orders/a%2Fb",
                "/api/desk/v1/orders/%C0%AF")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode() + " " + answer.headers().firstValue("Content-Type").orElse("") + " "
                    + answer.body()).as(path).startsWith("400 application/problem+json").contains("urn:csdesk:problem:http-400");
        }
        // parameters that are not valid UTF-8: a 400 for the API and for the pages, before any filter reads them
        for (String path : List.of("/api/desk/v1/orders?q=%C3", "/api/desk/v1/members?q=%ED%A0%80")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode() + " " + answer.headers().firstValue("Content-Type").orElse(""))
                    .as(path).startsWith("400 application/problem+json");
        }
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?x=%FF"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(400);
    }
}
