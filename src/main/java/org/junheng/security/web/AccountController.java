package org.junheng.security.web;

import org.junheng.security.UserAccounts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account: a new password, given the current one. */
@RestController
@RequestMapping("/api/v1/account")
class AccountController {

    private final UserAccounts accounts;

    AccountController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record PasswordChange(String currentPassword, String password) {
    }

    @PutMapping("/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange change) {
        accounts.changeOwnPassword(change.currentPassword(), change.password());
        return ResponseEntity.noContent().build();
    }
}
