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

/**
 * An upload over the limit is refused before any controller is chosen, so this answer applies to
 * every request: 413 with the limit named, rather than an empty body.
 */
@RestControllerAdvice
class UploadLimit {

    private final MessageSource messages;
    private final DataSize limit;

    UploadLimit(MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:200MB}") DataSize limit) {
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
}
