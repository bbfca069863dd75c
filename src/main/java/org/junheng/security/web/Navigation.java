package org.junheng.security.web;

import org.junheng.security.CurrentUser;
import org.junheng.security.Role;
import org.junheng.web.PageController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's navigation needs to know about the signed-in user: the links their role may follow. */
@ControllerAdvice(annotations = PageController.class)
class Navigation {

    private final CurrentUser user;

    Navigation(CurrentUser user) {
        this.user = user;
    }

    @ModelAttribute("canManageUsers")
    boolean canManageUsers() {
        return user.role() == Role.SYSTEM_ADMIN;
    }

    @ModelAttribute("canSeeProgrammes")
    boolean canSeeProgrammes() {
        return user.role() != Role.TEACHER;
    }

    @ModelAttribute("canPlanRotation")
    boolean canPlanRotation() {
        return user.role() != Role.TEACHER && user.role() != Role.SCHOOL_ADMIN;
    }

    @ModelAttribute("canImport")
    boolean canImport() {
        return user.role().writes();
    }

    /** Whether the user writes anything at all (an inspector only reads): the forms a page offers. */
    @ModelAttribute("canWrite")
    boolean canWrite() {
        return user.role().writes();
    }

    /** The overview of the caller's own region or school (none for a teacher, who sees no assessments). */
    @ModelAttribute("ownRegionPage")
    String ownRegionPage() {
        if (user.role() == Role.TEACHER) {
            return null;
        }
        var scope = user.scope();
        if (scope.schoolCode() != null) {
            return "/schools/" + scope.schoolCode();
        }
        if (scope.regionCode() == null) {
            return null;
        }
        return scope.regionCode().endsWith("00") ? "/provinces/" + scope.regionCode() : "/counties/" + scope.regionCode();
    }

    @ModelAttribute("canReadAudit")
    boolean canReadAudit() {
        return user.role() != Role.SCHOOL_ADMIN && user.role() != Role.TEACHER;
    }
}
