package org.junheng.assessment.web;

import org.junheng.assessment.WhatIf;
import org.junheng.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The assessment's refusals as problem details: a what-if change that cannot be applied names its index. */
@RestControllerAdvice(annotations = RestController.class)
class AssessmentProblems {

    @ExceptionHandler
    ProblemDetail changeRejected(WhatIf.ChangeRejected e) {
        return Problems.fieldRejected(HttpStatus.UNPROCESSABLE_CONTENT, "Change rejected", "changes[" + e.index() + "]",
                e.getMessage());
    }
}
