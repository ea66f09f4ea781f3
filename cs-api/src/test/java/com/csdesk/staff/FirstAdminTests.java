package com.csdesk.staff;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Outside the demo profile there are no default credentials: the demo logins and key do not work,
 * and the first admin is the one named by the environment.
 */
@SpringBootTest(properties = {"desk.bootstrap-admin.username=owner", "desk.bootstrap-admin.password=first-admin-pass"})
@AutoConfigureMockMvc
@Import(FirstAdminTests.OwnDatabase.class)
class FirstAdminTests {

    /** Its own database: the demo accounts of the other integration tests must not be there. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OwnDatabase {

        @Bean
        JdbcConnectionDetails ownDatabase() {
            return TestDatabase.connectionDetails("no-demo");
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theFirstAdminComesFromTheEnvironmentAndNoDemoCredentialsExist() throws Exception {
        mvc.perform(get("/api/ops/v1/staff").with(httpBasic("owner", "first-admin-pass"))).andExpect(status().isOk());
        mvc.perform(get("/api/ops/v1/staff").with(httpBasic("admin", "demo"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/desk/v1/customer-types").with(httpBasic("presales", "demo")))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/storefront/v1/products/X1").header("X-Api-Key", "demo-storefront-key")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
