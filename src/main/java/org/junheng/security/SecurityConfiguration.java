package org.junheng.security;

import java.util.Arrays;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Pages sign in with a form, the API with HTTP Basic. Anything not listed here needs a signed-in
 * user, so a new endpoint is closed until someone opens it.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Roles that read registry and assessment data within their scope (teachers see only their own records). */
    static final String[] READERS = Arrays.stream(Role.values()).filter(r -> r != Role.TEACHER).map(Role::name)
            .toArray(String[]::new);
    /** Pages load scripts, styles and images only from Junheng itself (the WebJars included); no framing. */
    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Region-scoped readers of the audit trail (a school account's changes are its county's to review). */
    static final String[] AUDIT_READERS = {Role.SYSTEM_ADMIN.name(), Role.PROVINCE_OFFICER.name(),
            Role.COUNTY_OFFICER.name(), Role.RESEARCHER.name(), Role.INSPECTOR.name()};
    static final String[] WRITERS = Arrays.stream(Role.values()).filter(Role::writes).map(Role::name)
            .toArray(String[]::new);

    /** Passwords are checked under the sign-in throttle, for the form and HTTP Basic alike. */
    @Bean
    AuthenticationManager authenticationManager(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledSignIn(passwords, throttle));
    }

    /** Not signed in: 401 with a Basic challenge; throttled: 429 with the wait in {@code Retry-After}. */
    static AuthenticationEntryPoint apiEntryPoint(EarlyProblems problems) {
        return (request, response, failure) -> {
            if (failure instanceof ThrottledSignIn.SignInThrottled throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                problems.write(request, response, 429, "auth.throttled", throttled.retryAfterSeconds());
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"junheng\", charset=\"UTF-8\"");
            problems.write(request, response, 401, "auth.required");
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, MachineSignIn machines) throws Exception {
        return machines.stateless(http.securityMatcher("/api/**")
                // every API endpoint is listed here; an endpoint without a rule is denied
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole(Role.SYSTEM_ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/tokens").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/tokens").authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/v1/account/password").authenticated()
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/tokens/*").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/regions", "/api/v1/schools", "/api/v1/schools/*",
                                "/api/v1/teachers", "/api/v1/county-facts", "/api/v1/certificate-checks", "/api/v1/reports/county",
                                "/api/v1/reports/province",
                                "/api/v1/assessments",
                                "/api/v1/assessments/trend").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/assessments/what-if").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/profiles/*").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/profiles/*").hasAnyRole(Role.SYSTEM_ADMIN.name(),
                                Role.PROVINCE_OFFICER.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/profiles/*")
                        .hasAnyRole(Role.SYSTEM_ADMIN.name(), Role.PROVINCE_OFFICER.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/schools/*/county")
                        .hasAnyRole(Role.SYSTEM_ADMIN.name(), Role.PROVINCE_OFFICER.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/programmes", "/api/v1/programmes/*",
                                "/api/v1/programmes/*/summary", "/api/v1/programmes/*/needs",
                                "/api/v1/programmes/*/placements", "/api/v1/programmes/*/activities",
                                "/api/v1/programmes/*/outcomes", "/api/v1/summary", "/api/v1/programmes/*/experience-summary",
                                "/api/v1/summary/experience")
                        .hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/activities", "/api/v1/activities/*", "/api/v1/needs",
                                "/api/v1/needs/*", "/api/v1/placements", "/api/v1/placements/*", "/api/v1/outcomes",
                                "/api/v1/outcomes/*", "/api/v1/activities/*/evidence", "/api/v1/evidence/*",
                                "/api/v1/people", "/api/v1/people/*", "/api/v1/organisations", "/api/v1/organisations/*",
                                "/api/v1/programmes/*/members", "/api/v1/remote-classrooms", "/api/v1/donations",
                                "/api/v1/class-pairings", "/api/v1/studios", "/api/v1/studios/*", "/api/v1/training-records",
                                "/api/v1/mentor-pairs", "/api/v1/senior-title-checks", "/api/v1/school-relations").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/programmes", "/api/v1/needs", "/api/v1/needs/*/state",
                                "/api/v1/placements", "/api/v1/activities", "/api/v1/outcomes",
                                "/api/v1/activities/*/evidence", "/api/v1/people", "/api/v1/organisations",
                                "/api/v1/programmes/*/members", "/api/v1/remote-classrooms", "/api/v1/donations",
                                "/api/v1/class-pairings", "/api/v1/programmes/*/owner", "/api/v1/studios",
                                "/api/v1/training-records", "/api/v1/mentor-pairs", "/api/v1/school-relations")
                        .hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/programmes/*", "/api/v1/activities/*",
                                "/api/v1/placements/*", "/api/v1/outcomes/*", "/api/v1/people/*", "/api/v1/organisations/*")
                        .hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/placements/*", "/api/v1/outcomes/*").hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/imports").hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/rotation-plans", "/api/v1/rotation-plans/*",
                                "/api/v1/rotation-plans/*/plan", "/api/v1/rotation-plans/*/plan.xlsx").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/rotation-plans", "/api/v1/rotation-plans/*/stop",
                                "/api/v1/rotation-plans/*/accept", "/api/v1/rotation-plans/*/resolve").hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit").hasAnyRole(AUDIT_READERS)
                        .anyRequest().denyAll()))
                .build();
    }

    /** Health for anyone (load balancers); metrics and the rest of the management endpoints for system administrators. */
    @Bean
    @Order(2)
    SecurityFilterChain management(HttpSecurity http, MachineSignIn machines) throws Exception {
        return machines.stateless(http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.SYSTEM_ADMIN.name())))
                .build();
    }

    /**
     * The API description, for signed-in users: Swagger UI reads it with the page session, machines
     * with Basic or a token.
     */
    @Bean
    @Order(3)
    SecurityFilterChain apiDescription(HttpSecurity http, MachineSignIn machines) throws Exception {
        return machines.withSession(http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated()))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager, Transport transport) throws Exception {
        return transport.apply(http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/webjars/**", "/assets/**", "/login", "/error").permitAll()
                        .requestMatchers("/users", "/users/**").hasRole(Role.SYSTEM_ADMIN.name())
                        .requestMatchers("/audit").hasAnyRole(AUDIT_READERS)
                        .requestMatchers(HttpMethod.GET, "/programmes", "/programmes/*", "/schools/*/needs").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.GET, "/activities/*/edit").hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.POST, "/programmes/*/*", "/needs/*/next", "/activities/*").hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.GET, "/provinces/*", "/provinces/*/assessment.xlsx", "/counties/*",
                                "/counties/*/assessment.xlsx", "/schools/*", "/switcher", "/go").hasAnyRole(READERS)
                        .requestMatchers("/imports", "/imports/**").hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.GET, "/rotation", "/rotation/*").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.POST, "/rotation", "/rotation/*/*").hasAnyRole(WRITERS)
                        .anyRequest().authenticated())
                .authenticationManager(manager)
                .formLogin(form -> form.loginPage("/login").failureHandler((request, response, failure) -> {
                    String query = failure instanceof ThrottledSignIn.SignInThrottled throttled
                            ? "throttled=" + throttled.retryAfterSeconds() : "error";
                    response.sendRedirect(request.getContextPath() + "/login?" + query);
                }))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY)))
                .logout(Customizer.withDefaults()))
                .build();
    }
}
