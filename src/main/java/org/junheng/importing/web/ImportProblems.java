package org.junheng.importing.web;

import org.junheng.importing.ImportBusy;
import org.junheng.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An import turned away while others are stored: 429, and when to send it again. Nothing of it was stored. */
@RestControllerAdvice(annotations = RestController.class)
class ImportProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(ImportBusy e) {
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Imports busy", e.getMessage());
        problem.setProperty("stored", false);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
