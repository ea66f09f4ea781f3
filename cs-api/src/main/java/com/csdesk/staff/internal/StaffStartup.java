package com.csdesk.staff.internal;

import com.csdesk.staff.Department;
import com.csdesk.staff.Role;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Accounts that exist from the first start. Outside the demo profile there are no default
 * credentials: the first admin comes from {@code CSDESK_ADMIN_USERNAME} / {@code CSDESK_ADMIN_PASSWORD}.
 */
class StaffStartup {

    private static final Logger log = LoggerFactory.getLogger(StaffStartup.class);

    private StaffStartup() {
    }

    @Component
    @Order(0)
    static class BootstrapAdmin implements ApplicationRunner {

        private final StaffService staff;
        private final String username;
        private final String password;

        BootstrapAdmin(StaffService staff, @Value("${desk.bootstrap-admin.username:}") String username,
                @Value("${desk.bootstrap-admin.password:}") String password) {
            this.staff = staff;
            this.username = username;
            this.password = password;
        }

        @Override
        public void run(ApplicationArguments args) {
            if (username.isBlank() || password.isBlank()) {
                return;
            }
            if (staff.bootstrapAdmin(username.strip(), password)) {
                log.info("created the first admin account '{}'", username.strip());
            }
        }
    }

    /** The demo profile's accounts and storefront key, all with the demo password. */
    @Component
    @Profile("demo")
    @Order(1)
    static class DemoAccounts implements ApplicationRunner {

        private final StaffService staff;
        private final String password;
        private final String storefrontKey;

        DemoAccounts(StaffService staff, @Value("${demo.password}") String password,
                @Value("${demo.storefront-key}") String storefrontKey) {
            this.staff = staff;
            this.password = password;
            this.storefrontKey = storefrontKey;
        }

        @Override
        public void run(ApplicationArguments args) {
            staff.ensure("admin", "管理员", Department.OPERATIONS, EnumSet.of(Role.ADMIN), password);
            staff.ensure("supervisor", "王主管", Department.AFTERSALES, EnumSet.of(Role.SUPERVISOR), password);
            staff.ensure("presales", "小美", Department.PRESALES, EnumSet.of(Role.PRESALES), password);
            staff.ensure("aftersales", "小林", Department.AFTERSALES, EnumSet.of(Role.AFTERSALES, Role.COMPLAINTS), password);
            staff.ensure("warehouse", "老周", Department.WAREHOUSE, EnumSet.of(Role.WAREHOUSE), password);
            staff.ensureApiKey("demo storefront", storefrontKey);
        }
    }
}
