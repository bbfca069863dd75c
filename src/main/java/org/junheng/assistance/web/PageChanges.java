package org.junheng.assistance.web;

import java.util.Locale;
import java.util.Optional;

import org.junheng.assistance.AssistanceRejected;
import org.junheng.assistance.StaleRecord;
import org.junheng.security.WriteRefused;
import org.junheng.web.BadParameterException;
import org.junheng.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A change made from a page: carried out, or refused with the field at fault and the reason in the
 * reader's language — what the API answers as a problem, a page shows beside its form.
 */
@Component
class PageChanges {

    private final MessageSource messages;

    PageChanges(MessageSource messages) {
        this.messages = messages;
    }

    /** Why a change was refused: the field (a key of {@code field.*} or words) and the reason. */
    record Refusal(String field, String message) {

        void showOn(Model model) {
            model.addAttribute("errorField", field);
            model.addAttribute("errorMessage", message);
        }

        void showAfterRedirect(RedirectAttributes redirect) {
            redirect.addFlashAttribute("errorField", field);
            redirect.addFlashAttribute("errorMessage", message);
        }
    }

    /** Makes the change; empty when it was made, else why not. A write to something hidden is a 404. */
    Optional<Refusal> attempt(Runnable change) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            change.run();
            return Optional.empty();
        } catch (AssistanceRejected e) {
            return Optional.of(new Refusal(e.field(), e.messageIn(locale)));
        } catch (StaleRecord e) {
            return Optional.of(new Refusal("version", messages.getMessage("programme.stale", null, locale)));
        } catch (BadParameterException e) {
            return Optional.of(new Refusal(e.parameter(), messages.getMessage("page.badValue", new Object[] {e.value()},
                    locale)));
        } catch (WriteRefused e) {
            if (e.reason() == WriteRefused.Reason.HIDDEN) {
                throw new NotFoundException(e.getMessage(), "");
            }
            return Optional.of(new Refusal(messages.getMessage("write.field", null, locale),
                    messages.getMessage("write." + e.code(), null, e.getMessage(), locale)));
        }
    }

    /** Makes the change and goes back to the page at {@code target}, saying it was saved or why it was not. */
    String andReturn(String target, RedirectAttributes redirect, Runnable change) {
        attempt(change).ifPresentOrElse(refusal -> refusal.showAfterRedirect(redirect),
                () -> redirect.addFlashAttribute("saved", true));
        return "redirect:" + target;
    }
}
