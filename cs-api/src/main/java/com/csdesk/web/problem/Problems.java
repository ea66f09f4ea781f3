package com.csdesk.web.problem;

import java.net.URI;
import java.sql.SQLException;
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

    /** SQLSTATE class 22, PostgreSQL's "data exception": the value itself is unusable, nothing conflicts. */
    public static boolean isDataException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }
}
