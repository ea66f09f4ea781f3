package com.csdesk.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.ObjectMapper;

/** 401 and 403 for the APIs as problem details, like every other error they answer. */
final class ProblemAuthenticationHandlers {

    private ProblemAuthenticationHandlers() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json, String detail, boolean basicChallenge) {
        return (request, response, e) -> {
            if (basicChallenge) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"CS Desk\"");
            }
            write(json, response, HttpStatus.UNAUTHORIZED, "unauthorized", detail, request.getRequestURI());
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) -> write(json, response, HttpStatus.FORBIDDEN, "forbidden",
                "Your role does not allow this.", request.getRequestURI());
    }

    private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String code,
            String detail, String path) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:csdesk:problem:" + code));
        problem.setInstance(URI.create(path));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
