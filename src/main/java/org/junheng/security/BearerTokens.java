package org.junheng.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API requests that carry {@code Authorization: Bearer jh_…} with a personal token,
 * without a password check; refuses a bad token (401) and a write by a read-only token (403).
 */
class BearerTokens extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** The details of an authentication by token, to tell it from a password sign-in. */
    static final String TOKEN = "api-token";

    private final ApiTokens tokens;
    private final EarlyProblems problems;

    BearerTokens(ApiTokens tokens, EarlyProblems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        JunhengUser user = tokens.authenticate(header.substring(7).strip()).orElse(null);
        if (user == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "auth.token_invalid");
            return;
        }
        if (user.readOnly() && !READS.contains(request.getMethod())) {
            problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "auth.token_read_only");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        authentication.setDetails(TOKEN);
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
