package org.junheng.assistance.web;

import org.junheng.assistance.Assistance;
import org.junheng.web.SchoolPageModel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The programmes a school takes part in, on its page. */
@Component
class SchoolProgrammes implements SchoolPageModel {

    private final Assistance assistance;

    SchoolProgrammes(Assistance assistance) {
        this.assistance = assistance;
    }

    @Override
    public void addTo(Model model, String schoolCode) {
        model.addAttribute("programmes", assistance.programmes(null, schoolCode));
    }
}
