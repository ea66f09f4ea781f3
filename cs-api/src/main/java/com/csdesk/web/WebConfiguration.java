package com.csdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: the desk pages speak Chinese unless the agent switches to English ({@code ?lang=en},
 * kept in a cookie), whatever the browser's language; the APIs answer in Chinese when the caller's
 * Accept-Language asks for it, in English otherwise.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale DESK_DEFAULT = Locale.SIMPLIFIED_CHINESE;

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver cookie = new CookieLocaleResolver("desk-lang");
        cookie.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return cookie.resolveLocale(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
                    @Nullable Locale locale) {
                cookie.setLocale(request, response, locale);
            }
        };
    }

    private static Locale defaultLocale(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/api/")) {
            return DESK_DEFAULT;
        }
        String header = request.getHeader("Accept-Language");
        return header != null && request.getLocale().getLanguage().equals("zh") ? DESK_DEFAULT : Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change).addPathPatterns("/desk/**", "/login", "/");
    }
}
