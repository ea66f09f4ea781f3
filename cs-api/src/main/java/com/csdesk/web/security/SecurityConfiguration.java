package com.csdesk.web.security;

import com.csdesk.staff.Role;
import com.csdesk.staff.StaffManagement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Three doors, each with its own lock: the storefront API by key, the desk and ops APIs by HTTP
 * Basic (stateless), and the desk pages by form login with a session and CSRF protection.
 * Every endpoint has an owner role; anything not listed is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Agents who work with members and orders. */
    static final String[] AGENTS = {"PRESALES", "AFTERSALES", "COMPLAINTS", "SUPERVISOR"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberedPasswordMatches(new BCryptPasswordEncoder(), RememberedPasswordMatches.REMEMBER_FOR);
    }

    /** Supervisors may do what their agents do; admins what supervisors, warehouse and finance do. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.SUPERVISOR.name(), Role.WAREHOUSE.name(), Role.FINANCE.name())
                .role(Role.SUPERVISOR.name()).implies(Role.PRESALES.name(), Role.AFTERSALES.name(), Role.COMPLAINTS.name())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain storefrontApiChain(HttpSecurity http, StaffManagement staff, ObjectMapper json) throws Exception {
        http.securityMatcher("/api/storefront/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .addFilterBefore(new ApiKeyAuthenticationFilter(staff), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("STOREFRONT"))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.unauthorized(json,
                                "A valid X-Api-Key header is required.", false))
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden(json)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffApiChain(HttpSecurity http, ObjectMapper json) throws Exception {
        var unauthorized = ProblemAuthenticationHandlers.unauthorized(json,
                "Sign in with your staff account (HTTP Basic).", true);
        // any other /api path too: an API caller gets a 401 or 404 problem, never the login page
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/ops/**").hasRole("ADMIN")
                        .requestMatchers("/api/desk/v1/members/**").hasAnyRole(AGENTS)
                        .requestMatchers("/api/desk/v1/orders/**").hasAnyRole(AGENTS)
                        .requestMatchers("/api/desk/v1/warehouse/**").hasRole("WAREHOUSE")
                        .requestMatchers("/api/desk/v1/payments/**").hasRole("FINANCE")
                        .requestMatchers("/api/desk/**").authenticated()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden(json)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain deskPagesChain(HttpSecurity http, StaffManagement staff) throws Exception {
        http.addFilterAfter(new LiveAccountFilter(staff), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/error").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/").authenticated()
                        .requestMatchers("/desk/members/**").hasAnyRole(AGENTS)
                        .requestMatchers("/desk/orders/**").hasAnyRole(AGENTS)
                        .requestMatchers("/desk/warehouse/**").hasRole("WAREHOUSE")
                        .requestMatchers("/desk/team/**").hasAnyRole("SUPERVISOR")
                        .requestMatchers("/desk/**").authenticated()
                        .anyRequest().denyAll())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/desk", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        return http.build();
    }
}
