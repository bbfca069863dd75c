package org.junheng.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The API's RFC 9457 problem details, built one way for every module: a title per status, the
 * detail, and for a fault of one field an {@code errors} list naming it.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail badRequest(String detail) {
        return of(HttpStatus.BAD_REQUEST, "Bad request", detail);
    }

    /** A request with one field at fault, named in {@code errors}. */
    public static ProblemDetail fieldRejected(HttpStatus status, String title, String field, String message) {
        ProblemDetail problem = of(status, title, message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    public static ProblemDetail notFound(String what) {
        return of(HttpStatus.NOT_FOUND, "Not found", "No " + what);
    }
}
