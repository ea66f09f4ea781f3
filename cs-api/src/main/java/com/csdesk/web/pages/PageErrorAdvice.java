package com.csdesk.web.pages;

import com.csdesk.shared.DomainException;
import com.csdesk.shared.NotFoundException;
import com.csdesk.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals on the desk pages. An htmx action gets the reason shown in the page's message area
 * (its status stays 4xx); a full page load gets the error page.
 */
@ControllerAdvice(basePackages = "com.csdesk.web.pages")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorAdvice {

    private final MessageSource messages;

    PageErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : e instanceof com.csdesk.shared.InvalidInputException ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        return answer(status, e.text().in(locale), request, response, model);
    }

    /** Method security's refusals go back to Spring Security, which answers 401 or 403. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrent(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        String text = locale.getLanguage().equals("en") ? "Someone else changed this at the same time; reload and try again."
                : "该记录刚被他人修改,请刷新后再试";
        return answer(HttpStatus.CONFLICT, text, request, response, model);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String integrity(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale) {
        boolean en = locale.getLanguage().equals("en");
        if (Problems.isDataException(e)) {
            return answer(HttpStatus.BAD_REQUEST, en ? "A value is out of range or contains characters that cannot be stored."
                    : "输入的内容超出范围或含有无法保存的字符", request, response, model);
        }
        return answer(HttpStatus.CONFLICT, en ? "This conflicts with existing data; reload and check."
                : "与已有数据冲突,请刷新后核对", request, response, model);
    }

    /**
     * A value the page cannot use (an unknown status, a word where a number goes): the parameter and the value
     * as given, said without Java's words.
     */
    @ExceptionHandler({IllegalArgumentException.class, TypeMismatchException.class,
            MissingServletRequestParameterException.class, BindException.class, HandlerMethodValidationException.class,
            HttpMessageNotReadableException.class})
    String badInput(Exception e, HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        String name = switch (e) {
            case MethodArgumentTypeMismatchException m -> m.getName();
            case MissingServletRequestParameterException m -> m.getParameterName();
            case BindException b when b.getFieldError() != null -> b.getFieldError().getField();
            default -> null;
        };
        Object given = switch (e) {
            case MethodArgumentTypeMismatchException m -> m.getValue();
            case BindException b when b.getFieldError() != null -> b.getFieldError().getRejectedValue();
            default -> null;
        };
        boolean en = locale.getLanguage().equals("en");
        String what = name == null ? (en ? "a value is invalid or missing" : "有输入值无效或缺失")
                : (en ? "'" + name + "' is invalid or missing" : "“" + name + "”的值无效或缺失");
        if (given != null && !given.toString().isBlank()) {
            String value = given.toString().strip();
            what += (en ? ": " : ":") + (value.length() > 40 ? value.substring(0, 40) + "…" : value);
        }
        return answer(HttpStatus.BAD_REQUEST, messages.getMessage("common.error", null, locale) + ": " + what,
                request, response, model);
    }

    private static String answer(HttpStatus status, String text, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Retarget", "#flash");
            response.setHeader("HX-Reswap", "innerHTML");
            model.addAttribute("message", text);
            model.addAttribute("kind", "error");
            return "fragments/flash :: flash";
        }
        model.addAttribute("status", status.value());
        model.addAttribute("message", text);
        return "error";
    }
}
