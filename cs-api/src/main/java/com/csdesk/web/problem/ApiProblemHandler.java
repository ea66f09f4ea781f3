package com.csdesk.web.problem;

import com.csdesk.shared.DomainException;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.NotFoundException;
import com.csdesk.shared.RuleViolationException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the REST APIs as an RFC 9457 problem ({@code application/problem+json}) with a
 * stable type: 400 for input we cannot use (with the fields), 404, 409 when the shop's rules or a
 * concurrent change refuse it. A 500 is a bug and is logged as one. The desk pages have their own
 * advice, ordered before this one; this one also answers requests no controller took (404, 405).
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        return Problems.of(HttpStatus.NOT_FOUND, e.code(), "Not found", e.text().in(locale));
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail refused(RuleViolationException e, Locale locale) {
        return Problems.of(HttpStatus.CONFLICT, e.code(), "Refused by the shop's rules", e.text().in(locale));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.code(), "Invalid input", e.text().in(locale));
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.text().in(locale))));
        return problem;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail otherDomain(DomainException e, Locale locale) {
        return Problems.of(HttpStatus.CONFLICT, e.code(), "Refused", e.text().in(locale));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ProblemDetail concurrentEdit(RuntimeException e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-edit", "Changed by someone else",
                "Someone else changed this at the same time; reload and try again.");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("integrity violation: {}", e.getMostSpecificCause().getMessage());
        if (Problems.isDataException(e)) {
            // PostgreSQL refused a value itself (a NUL character, a number or date out of range, text too long):
            // the input is unusable, nothing conflicts
            return Problems.of(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid input",
                    "A value is out of range or contains characters that cannot be stored (such as NUL).");
        }
        return Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict",
                "The change conflicts with existing data (a duplicate or a reference that does not exist).");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraint(ConstraintViolationException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid input",
                "Some values are invalid.");
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid input",
                "'" + e.getName() + "' has an invalid value: " + e.getValue());
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", "invalid value")));
        return problem;
    }

    /** Method security's refusals go back to Spring Security, which answers 401 or 403. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Something went wrong on our side; it has been logged.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid input",
                "Some fields are invalid.");
        problem.setProperty("errors", e.getBindingResult().getAllErrors().stream().map(error -> Map.of(
                "field", error instanceof FieldError f ? f.getField() : error.getObjectName(),
                "message", String.valueOf(error.getDefaultMessage()))).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid input",
                "Some values are invalid.");
        problem.setProperty("errors", e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of(
                        "field", r.getMethodParameter().getParameterName() == null ? "?" : r.getMethodParameter().getParameterName(),
                        "message", String.valueOf(err.getDefaultMessage()))))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // the parser's own words name the desk's classes: the caller gets the field and what is wrong with it
        Throwable cause = e.getMostSpecificCause();
        String detail;
        String field = null;
        if (cause instanceof DatabindException d && !d.getPath().isEmpty()) {
            field = path(d.getPath());
            detail = "'" + field + "' is missing, of the wrong type (a whole number where one is expected, true or "
                    + "false, a list) or not one of the allowed values.";
        } else if (cause instanceof StreamReadException r) {
            detail = "The request body is not valid JSON (line " + r.getLocation().getLineNr() + ", column "
                    + r.getLocation().getColumnNr() + ").";
        } else if (String.valueOf(e.getMessage()).startsWith("Required request body is missing")) {
            detail = "The request body is missing.";
        } else {
            detail = "The request body is not valid JSON of the expected shape.";
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", "Invalid input", detail);
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", "invalid value")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** A JSON path as the caller wrote it: {@code lines[0].quantity}. */
    private static String path(List<JacksonException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        // the framework's own answers (405, 415, missing header...) get a stable type too
        if (body instanceof ProblemDetail problem && (problem.getType() == null
                || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(Problems.type("http-" + status.value()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
