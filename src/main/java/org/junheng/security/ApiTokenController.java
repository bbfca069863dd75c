package org.junheng.security;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;

/**
 * The signed-in user's personal API tokens: made with a password sign-in (never with another
 * token), listed without their secrets, revoked by their owner or a system administrator.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class ApiTokenController {

    private final ApiTokens tokens;
    private final CurrentUser user;

    ApiTokenController(ApiTokens tokens, CurrentUser user) {
        this.tokens = tokens;
        this.user = user;
    }

    /** @param days how long the token lasts (default 90); @param region a region within the user's scope, or null */
    record NewToken(String name, Integer days, String region, Boolean readOnly) {
    }

    @GetMapping
    List<ApiToken> mine() {
        return tokens.of(user.username());
    }

    @PostMapping
    ResponseEntity<ApiToken.Issued> issue(@RequestBody NewToken body) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (BearerTokens.TOKEN.equals(authentication.getDetails())) {
            throw new AccessDeniedException("tokens are made after signing in with a password");
        }
        ApiToken.Issued issued = tokens.issue(user.username(), body.name(), body.days() == null ? 90 : body.days(),
                body.region(), Boolean.TRUE.equals(body.readOnly()));
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id())).body(issued);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        ApiToken token = tokens.find(id).filter(t -> t.username().equals(user.username()) || user.role() == Role.SYSTEM_ADMIN)
                .orElseThrow(() -> new TokenNotFound(id));
        tokens.revoke(token.id());
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class TokenNotFound extends RuntimeException {

        TokenNotFound(long id) {
            super("No token " + id);
        }
    }
}
