package com.csdesk;

import com.csdesk.testsupport.MutableClock;
import com.csdesk.testsupport.TestDatabaseConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test of the whole application on this run's fresh PostgreSQL database, with
 * the demo accounts and storefront key (but no generated data) and a clock tests can move. All
 * such tests share one application context, so they use their own members and SKUs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "demo.members=0")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import({TestDatabaseConfiguration.class, DeskIntegrationTest.TestClock.class})
public @interface DeskIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
        }
    }
}
