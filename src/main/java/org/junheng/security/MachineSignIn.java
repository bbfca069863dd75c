package org.junheng.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * How programs sign in, wherever they may (the API, the management endpoints, the API
 * description): a personal token or HTTP Basic under the throttle; not signed in is 401 and
 * throttled 429, as problem details; answers carry the API's content security policy.
 */
@Component
@ConditionalOnWebApplication
class MachineSignIn {

    private final AuthenticationManager manager;
    private final ApiTokens tokens;
    private final EarlyProblems problems;
    private final Transport transport;

    MachineSignIn(AuthenticationManager manager, ApiTokens tokens, EarlyProblems problems, Transport transport) {
        this.manager = manager;
        this.tokens = tokens;
        this.problems = problems;
        this.transport = transport;
    }

    /** Without a session: nothing remembered between requests, so no cookie to forge a request with. */
    HttpSecurity stateless(HttpSecurity http) throws Exception {
        return withSession(http)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
    }

    /** Also taking a page session, for Swagger UI reading the API description. */
    HttpSecurity withSession(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint entryPoint = SecurityConfiguration.apiEntryPoint(problems);
        return transport.apply(http.authenticationManager(manager)
                .addFilterBefore(new BearerTokens(tokens, problems), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfiguration.API_POLICY))));
    }
}
