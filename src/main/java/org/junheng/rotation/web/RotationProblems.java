package org.junheng.rotation.web;

import org.junheng.rotation.RotationJobs;
import org.junheng.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A rotation plan that cannot be started or accepted, as a problem detail. */
@RestControllerAdvice(annotations = RestController.class)
class RotationProblems {

    @ExceptionHandler
    ProblemDetail rotationRejected(RotationJobs.JobRejected e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Rotation plan rejected", e.getMessage());
    }
}
