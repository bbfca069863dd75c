package org.junheng.security.web;

import org.junheng.security.UserAccounts;
import org.junheng.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user's own page: change the password without asking an administrator. */
@PageController
class AccountPages {

    private final UserAccounts accounts;

    AccountPages(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account() {
        return "account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String password,
                          @RequestParam String repeated, RedirectAttributes redirect) {
        if (!password.equals(repeated)) {
            redirect.addFlashAttribute("errorField", "repeated");
            return "redirect:/account";
        }
        try {
            accounts.changeOwnPassword(currentPassword, password);
            redirect.addFlashAttribute("changed", true);
        } catch (UserAccounts.AccountRejected e) {
            redirect.addFlashAttribute("errorField", e.field());
        }
        return "redirect:/account";
    }
}
