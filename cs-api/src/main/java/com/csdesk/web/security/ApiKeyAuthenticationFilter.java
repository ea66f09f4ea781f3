package com.csdesk.web.security;

import com.csdesk.staff.StaffManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the storefront by its {@code X-Api-Key} header. The caller becomes
 * {@code storefront:<key name>} with the STOREFRONT role; an unknown or revoked key stays
 * anonymous and gets 401 from the entry point.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";
    static final String ROLE = "ROLE_STOREFRONT";

    private final StaffManagement staff;

    ApiKeyAuthenticationFilter(StaffManagement staff) {
        this.staff = staff;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader(HEADER);
        if (secret != null && !secret.isBlank()) {
            staff.authenticate(secret.strip()).ifPresent(key -> {
                var auth = UsernamePasswordAuthenticationToken.authenticated("storefront:" + key.name(), null,
                        List.of(new SimpleGrantedAuthority(ROLE)));
                SecurityContextHolder.getContext().setAuthentication(auth);
            });
        }
        chain.doFilter(request, response);
    }
}
