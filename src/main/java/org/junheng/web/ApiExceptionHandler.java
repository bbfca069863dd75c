package org.junheng.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
        ProblemDetail problem = Problems.badRequest("The request body could not be read");
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
    ProblemDetail preconditionRequired(Versions.PreconditionRequired e) {
        return Problems.of(HttpStatus.PRECONDITION_REQUIRED, "Precondition required", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return Problems.notFound(e.getMessage());
    }
}
