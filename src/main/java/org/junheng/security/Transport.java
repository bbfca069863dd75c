package org.junheng.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * What a deployment behind HTTPS adds: {@code Strict-Transport-Security} on every answer (even
 * when TLS ends at a proxy in front of Junheng) — with {@code junheng.https=true}, which also marks
 * the session cookie Secure (application.yml).
 */
@Component
class Transport {

    private final boolean https;
    private final long hstsSeconds;

    Transport(@Value("${junheng.https:false}") boolean https, @Value("${junheng.hsts-max-age:31536000}") long hstsSeconds) {
        this.https = https;
        this.hstsSeconds = hstsSeconds;
    }

    HttpSecurity apply(HttpSecurity http) throws Exception {
        if (https) {
            http.headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(hstsSeconds)
                    .includeSubDomains(true).requestMatcher(AnyRequestMatcher.INSTANCE)));
        }
        return http;
    }
}
