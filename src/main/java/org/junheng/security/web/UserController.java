package org.junheng.security.web;

import java.net.URI;
import java.util.List;

import org.junheng.security.UserAccount;
import org.junheng.security.UserAccounts;
import org.junheng.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User management for system administrators: accounts with a role and a scope. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** A new account: role key, and the region (province, county …) or school its role needs. */
    record NewUser(String username, String password, String role, String region, String school) {
    }

    record NewPassword(String password) {
    }

    @GetMapping
    List<UserAccount> list() {
        return accounts.list();
    }

    @PostMapping
    ResponseEntity<UserAccount> create(@RequestBody NewUser user) {
        UserAccount created = accounts.create(user.username(), user.password(), user.role(), user.region(), user.school());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
    }

    @GetMapping("/{username}")
    UserAccount user(@PathVariable String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("user", username));
    }

    @PostMapping("/{username}/disable")
    UserAccount disable(@PathVariable String username) {
        accounts.setEnabled(username, false);
        return user(username);
    }

    @PostMapping("/{username}/enable")
    UserAccount enable(@PathVariable String username) {
        accounts.setEnabled(username, true);
        return user(username);
    }

    @PutMapping("/{username}/password")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody NewPassword password) {
        accounts.resetPassword(username, password.password());
        return ResponseEntity.noContent().build();
    }
}
