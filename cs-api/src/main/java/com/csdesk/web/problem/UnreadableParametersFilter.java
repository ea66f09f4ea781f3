package com.csdesk.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Parameters that are not valid UTF-8 (a query string or form with {@code %FF}) make the server throw
 * wherever a parameter is first read, inside any filter or controller. They are read here first, once the
 * request's encoding is set and before anything else reads them, and such a request is answered 400 (a
 * problem under /api/, the error page elsewhere).
 */
class UnreadableParametersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (InvalidParameterException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "parameters are not valid UTF-8");
            return;
        }
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<UnreadableParametersFilter> unreadableParameters() {
            var registration = new FilterRegistrationBean<>(new UnreadableParametersFilter());
            // right after the character encoding filter: a form's body must be read as UTF-8, not the servlet default
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            return registration;
        }
    }
}
