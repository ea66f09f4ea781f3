package com.csdesk.web.problem;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details with the desk's stable {@code type} URIs: {@code urn:csdesk:problem:<code>}. */
public final class Problems {

    private Problems() {
    }

    public static URI type(String code) {
        return URI.create("urn:csdesk:problem:" + code);
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(code));
        problem.setTitle(title);
        return problem;
    }
}
