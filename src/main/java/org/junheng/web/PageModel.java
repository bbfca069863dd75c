package org.junheng.web;

import java.util.Locale;

import org.junheng.registry.Labelled;
import org.junheng.registry.Subject;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page needs to name enumerated values (kinds, states) in the page's language. */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

    @ModelAttribute("labels")
    Labels labels(Locale locale) {
        return new Labels(locale);
    }

    public record Labels(Locale locale) {
        public String of(Labelled value) {
            return value == null ? "" : value.nameIn(locale);
        }

        /** A subject as records keep it (its key or its Chinese name), named in the page's language. */
        public String subject(String text) {
            return text == null ? "" : Labelled.parse(Subject.class, text).map(s -> s.nameIn(locale)).orElse(text);
        }
    }
}
