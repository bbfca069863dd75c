package org.junheng.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junheng.registry.PlainText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text with control characters or direction marks ({@link PlainText}) is refused where it comes
 * in — JSON bodies (400 naming the field) and posted forms (400) — so that no page shows text
 * other than what it seems to say.
 */
@Configuration
public class PlainTextInput {

    /** Every string of a JSON body. */
    @Bean
    SimpleModule plainTextStrings() {
        return new SimpleModule("plain-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                String value = super.deserialize(parser, context);
                if (!PlainText.isPlain(value)) {
                    throw context.weirdStringException(value, String.class,
                            "holds control characters or marks that change the direction of text");
                }
                return value;
            }
        });
    }

    /** Every field of a posted form (uploads are checked by the import itself). */
    @Bean
    OncePerRequestFilter plainTextForms() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String type = request.getContentType();
                if ("POST".equals(request.getMethod()) && type != null
                        && type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
                    for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
                        for (String value : field.getValue()) {
                            if (!PlainText.isPlain(value)) {
                                response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                                        "field " + field.getKey() + " holds control characters or direction marks");
                                return;
                            }
                        }
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
