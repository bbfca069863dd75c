package org.junheng.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.ui.Model;

/**
 * A panel of the signed-in person's home page, the dashboard of their work: each module shows what
 * it keeps for the region or school they look after (the assessment its verdict, assistance the open
 * needs, imports the latest files…) without the home page knowing the module. Panels are shown in
 * their {@link org.springframework.core.annotation.Order}.
 */
public interface HomePanel {

    /**
     * Adds the panel's figures to the model.
     *
     * @return the template fragment that shows them ({@code "template :: fragment"}), or empty when the
     *         panel has nothing for this person
     */
    Optional<String> addTo(Model model, Viewer viewer, Locale locale);

    /**
     * Whom a home page is for: the key of their role, and the region (null: everywhere) or school they look after.
     */
    record Viewer(String role, String regionCode, String schoolCode) {

        public boolean isSchool() {
            return schoolCode != null;
        }
    }
}
