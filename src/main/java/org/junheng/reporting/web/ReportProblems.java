package org.junheng.reporting.web;

import org.junheng.reporting.Reports;
import org.junheng.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A report that cannot be written (no assessment for the region and year) is not found. */
@RestControllerAdvice(annotations = RestController.class)
class ReportProblems {

    @ExceptionHandler
    ProblemDetail reportRejected(Reports.ReportRejected e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }
}
