package org.junheng.security.web;

import org.junheng.security.UserAccounts;
import org.junheng.security.WriteRefused;
import org.junheng.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of accounts and of writes beyond the caller's scope, as the API's problem details. */
@RestControllerAdvice(annotations = RestController.class)
class AccessProblems {

    @ExceptionHandler
    ProblemDetail accountRejected(UserAccounts.AccountRejected e) {
        return Problems.fieldRejected(HttpStatus.BAD_REQUEST, "Bad request", e.field(), e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownUser(UsernameNotFoundException e) {
        return Problems.notFound("user " + e.getMessage());
    }

    /** A write beyond the caller's scope: as if the target did not exist, forbidden, or a field at fault. */
    @ExceptionHandler
    ProblemDetail writeRefused(WriteRefused e) {
        return switch (e.reason()) {
            case HIDDEN -> Problems.notFound(e.getMessage());
            case FORBIDDEN -> Problems.of(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
            case FIELD -> Problems.fieldRejected(HttpStatus.BAD_REQUEST, "Bad request", e.field(), e.getMessage());
        };
    }
}
