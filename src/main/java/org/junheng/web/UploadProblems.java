package org.junheng.web;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload that cannot be taken is refused before any controller is chosen, so these answers
 * apply to every request: over the limit 413 with the limit named, unreadable (e.g. a NUL in the
 * file name) 400 — never an empty body or an error.
 */
@RestControllerAdvice
public class UploadProblems {

    private final MessageSource messages;
    private final DataSize limit;

    UploadProblems(MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:200MB}") DataSize limit) {
        this.messages = messages;
        this.limit = limit;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("upload.too_large", new Object[] {limit.toMegabytes()}, locale));
        problem.setTitle(messages.getMessage("upload.too_large.title", null, locale));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadable(MultipartException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("upload.unreadable", null, locale));
        problem.setTitle(messages.getMessage("upload.unreadable.title", null, locale));
        return problem;
    }
}
