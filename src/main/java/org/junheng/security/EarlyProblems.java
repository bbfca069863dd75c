package org.junheng.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes the answers that security gives before any controller runs (not signed in, throttled,
 * a bad token) as RFC 9457 problem details, in Chinese unless the request asks for English.
 */
@Component
class EarlyProblems {

    private final MessageSource messages;

    EarlyProblems(MessageSource messages) {
        this.messages = messages;
    }

    static Locale localeOf(HttpServletRequest request) {
        String language = request.getHeader("Accept-Language");
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }

    String message(HttpServletRequest request, String key, Object... args) {
        return messages.getMessage(key, args, key, localeOf(request));
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String key, Object... args)
            throws IOException {
        String detail = message(request, key, args);
        String title = HttpStatus.valueOf(status).getReasonPhrase();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

}
