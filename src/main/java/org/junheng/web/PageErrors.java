package org.junheng.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page says when what it shows cannot be shown: the error page in the reader's language
 * (an unknown county, school or plan is "not found", as one outside the reader's scope), never the
 * API's problem JSON.
 */
@ControllerAdvice(annotations = PageController.class)
public class PageErrors {

    @ExceptionHandler
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ModelAndView badParameter(BadParameterException e) {
        return page(HttpStatus.BAD_REQUEST);
    }

    public static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}
