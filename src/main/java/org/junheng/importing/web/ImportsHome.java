package org.junheng.importing.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junheng.security.AuditTrail;
import org.junheng.web.HomePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The latest files imported or refused for the person's region, on the home page (not for a school). */
@Component
@Order(30)
class ImportsHome implements HomePanel {

    private static final int LISTED = 5;

    private final AuditTrail trail;

    ImportsHome(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public Optional<String> addTo(Model model, Viewer viewer, Locale locale) {
        if (viewer.isSchool()) {
            return Optional.empty();
        }
        model.addAttribute("homeImports", trail.latest(viewer.regionCode(), List.of("import", "refused"), LISTED));
        return Optional.of("home-panels :: imports");
    }
}
