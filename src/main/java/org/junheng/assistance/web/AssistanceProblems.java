package org.junheng.assistance.web;

import jakarta.servlet.http.HttpServletRequest;

import org.junheng.assistance.AssistanceRejected;
import org.junheng.assistance.StaleRecord;
import org.junheng.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The assistance records' refusals as problem details. */
@RestControllerAdvice(annotations = RestController.class)
class AssistanceProblems {

    @ExceptionHandler
    ProblemDetail assistanceRejected(AssistanceRejected e) {
        return Problems.fieldRejected(HttpStatus.BAD_REQUEST, "Bad request", e.field(), e.getMessage());
    }

    /** A stale update by {@code If-Match} fails its precondition (412); by a version in the body it conflicts (409). */
    @ExceptionHandler
    ProblemDetail staleRecord(StaleRecord e, HttpServletRequest request) {
        boolean conditional = request.getHeader(HttpHeaders.IF_MATCH) != null;
        return conditional ? Problems.of(HttpStatus.PRECONDITION_FAILED, "Precondition failed", e.getMessage())
                : Problems.of(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }
}
