package org.junheng.security.web;

import org.junheng.security.WriteRefused;
import org.junheng.web.PageController;
import org.junheng.web.PageErrors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A write beyond the reader's scope, on a page: the error page, as not found, forbidden or bad input. */
@ControllerAdvice(annotations = PageController.class)
class AccessPages {

    @ExceptionHandler
    ModelAndView writeRefused(WriteRefused e) {
        return PageErrors.page(switch (e.reason()) {
            case HIDDEN -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case FIELD -> HttpStatus.BAD_REQUEST;
        });
    }
}
