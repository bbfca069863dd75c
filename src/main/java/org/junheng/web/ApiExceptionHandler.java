package org.junheng.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.junheng.assessment.WhatIf;
import org.junheng.assistance.AssistanceRejected;
import org.junheng.assistance.StaleRecord;
import org.junheng.rotation.RotationJobs;
import org.junheng.security.UserAccounts;
import org.junheng.security.WriteRefused;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/** Errors of the API as RFC 9457 problem details, with the offending fields listed. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    /** A body that cannot be read names the field at fault, when there is one (e.g. text with control characters). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body could not be read");
        problem.setTitle("Bad request");
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
            problem.setDetail("Invalid value for '" + field + "': " + databind.getOriginalMessage());
            problem.setProperty("errors", List.of(Map.of("field", field, "message", databind.getOriginalMessage())));
        }
        return handleExceptionInternal(e, problem, headers, status, request);
    }

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
    ProblemDetail reportRejected(org.junheng.reporting.Reports.ReportRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
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

    /** A write beyond the caller's scope: as if the target did not exist, forbidden, or a field at fault. */
    @ExceptionHandler
    ProblemDetail writeRefused(WriteRefused e) {
        return switch (e.reason()) {
            case HIDDEN -> notFound(new NotFoundException(e.getMessage(), ""));
            case FORBIDDEN -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
                problem.setTitle("Forbidden");
                yield problem;
            }
            case FIELD -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
                problem.setTitle("Bad request");
                problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
                yield problem;
            }
        };
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
