package org.junheng.web;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first: pages and messages are Chinese unless the user switches ({@code ?lang=en}, kept in
 * a cookie) or an API client asks for another language (Accept-Language).
 */
@Configuration
public class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("junheng-lang");
        resolver.setDefaultLocaleFunction(request -> request.getHeader("Accept-Language") != null
                ? request.getLocale() : Locale.SIMPLIFIED_CHINESE);
        return resolver;
    }

    /** The languages a user may switch to ({@code zh}, {@code zh_CN}, {@code en}…); any other {@code ?lang=} is ignored, never an error. */
    static final Pattern LANGUAGES = Pattern.compile("(zh|en)([_-][A-Za-z]{2})?");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws ServletException {
                String lang = request.getParameter(getParamName());
                return lang == null || !LANGUAGES.matcher(lang).matches() || super.preHandle(request, response, handler);
            }
        };
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
