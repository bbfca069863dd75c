package org.junheng.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.junheng.assessment.WhatIf;
import org.junheng.assistance.AssistanceRejected;
import org.junheng.assistance.StaleRecord;
import org.junheng.rotation.RotationJobs;
import org.junheng.security.UserAccounts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Errors of the API as RFC 9457 problem details, with the offending fields listed. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail badParameter(BadParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid value '" + e.value() + "' for parameter '" + e.parameter() + "'");
        problem.setTitle("Bad request");
        problem.setProperty("errors", List.of(Map.of("field", e.parameter(), "rejectedValue", e.value())));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail changeRejected(WhatIf.ChangeRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Change rejected");
        problem.setProperty("errors", List.of(Map.of("field", "changes[" + e.index() + "]", "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail accountRejected(UserAccounts.AccountRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownUser(UsernameNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No user " + e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail assistanceRejected(AssistanceRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    /** A stale update by {@code If-Match} fails its precondition (412); by a version in the body it conflicts (409). */
    @ExceptionHandler
    ProblemDetail staleRecord(StaleRecord e, HttpServletRequest request) {
        boolean conditional = request.getHeader(HttpHeaders.IF_MATCH) != null;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(conditional ? HttpStatus.PRECONDITION_FAILED
                : HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle(conditional ? "Precondition failed" : "Conflict");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail preconditionRequired(Versions.PreconditionRequired e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, e.getMessage());
        problem.setTitle("Precondition required");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail rotationRejected(RotationJobs.JobRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Rotation plan rejected");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
