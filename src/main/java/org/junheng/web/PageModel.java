package org.junheng.web;

import org.junheng.security.CurrentUser;
import org.junheng.security.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's navigation needs to know about the signed-in user. */
@ControllerAdvice(assignableTypes = AdministrationPages.class)
class PageModel {

    private final CurrentUser user;

    PageModel(CurrentUser user) {
        this.user = user;
    }

    @ModelAttribute("canManageUsers")
    boolean canManageUsers() {
        return user.role() == Role.SYSTEM_ADMIN;
    }

    @ModelAttribute("canReadAudit")
    boolean canReadAudit() {
        return user.role() != Role.SCHOOL_ADMIN && user.role() != Role.TEACHER;
    }
}
