package org.junheng.web;

import java.util.Locale;

import org.junheng.registry.Labelled;
import org.junheng.security.CurrentUser;
import org.junheng.security.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's navigation needs to know about the signed-in user. */
@ControllerAdvice(assignableTypes = {AdministrationPages.class, ProgrammePages.class, RotationPages.class,
        AssessmentPages.class, ImportPages.class, AccountPages.class})
class PageModel {

    private final CurrentUser user;

    PageModel(CurrentUser user) {
        this.user = user;
    }

    /** Names enumerated values (kinds, states) in the page's language. */
    @ModelAttribute("labels")
    Labels labels(Locale locale) {
        return new Labels(locale);
    }

    record Labels(Locale locale) {
        public String of(Labelled value) {
            return value == null ? "" : ProgrammePages.label(value, locale);
        }
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
