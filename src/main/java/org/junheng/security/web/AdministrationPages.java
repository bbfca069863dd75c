package org.junheng.security.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junheng.registry.PageOf;
import org.junheng.registry.RegionCode;
import org.junheng.registry.RegionNode;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolQuery;
import org.junheng.security.AuditEvent;
import org.junheng.security.AuditTrail;
import org.junheng.security.CurrentUser;
import org.junheng.security.RegionSwitcher;
import org.junheng.security.Role;
import org.junheng.security.UserAccounts;
import org.junheng.security.Visibility;
import org.junheng.web.HomePanel;
import org.junheng.web.Names;
import org.junheng.web.PageController;
import org.junheng.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in page, home with the region switcher, user management and the audit trail. */
@PageController
class AdministrationPages {

    private final CurrentUser user;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final Visibility visibility;
    private final RegionSwitcher switcher;
    private final Registry registry;
    private final MessageSource messages;
    private final Names names;

    private final List<HomePanel> panels;

    AdministrationPages(CurrentUser user, UserAccounts accounts, AuditTrail audit, Visibility visibility,
                        RegionSwitcher switcher, Registry registry, Names names, MessageSource messages,
                        List<HomePanel> panels) {
        this.panels = panels;
        this.names = names;
        this.registry = registry;
        this.messages = messages;
        this.user = user;
        this.accounts = accounts;
        this.audit = audit;
        this.visibility = visibility;
        this.switcher = switcher;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        if (user.role() != Role.TEACHER) {
            model.addAttribute("switcher", switcher.at(null, null, null));
        }
        model.addAttribute("username", user.username());
        model.addAttribute("role", user.role().key());
        model.addAttribute("scopeSchool", user.scope().schoolCode());
        model.addAttribute("scopeRegion", user.scope().regionCode());
        HomePanel.Viewer viewer = new HomePanel.Viewer(user.role().key(), user.scope().regionCode(), user.scope().schoolCode());
        model.addAttribute("panels", user.role() == Role.TEACHER ? List.of()
                : panels.stream().flatMap(panel -> panel.addTo(model, viewer, locale).stream()).toList());
        return "home";
    }

    /** The region switcher with what has been chosen so far (htmx swaps it in place). */
    @GetMapping("/switcher")
    String switcher(@RequestParam(required = false) String province, @RequestParam(required = false) String county,
                    Model model) {
        model.addAttribute("switcher", switcher.at(blankToNull(province), blankToNull(county), null));
        return "fragments :: switcher";
    }

    @GetMapping("/go")
    String go(@RequestParam(required = false) String province, @RequestParam(required = false) String county,
              @RequestParam(required = false) String school) {
        return "redirect:" + RegionSwitcher.target(province, county, school);
    }

    @GetMapping("/users")
    String users(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::key).toList());
        List<Choice> regions = new ArrayList<>();
        visibility.regionTree(registry.regionTree()).forEach(node -> regionChoices(node, "", regions));
        model.addAttribute("regionChoices", regions);
        return "users";
    }

    /** A region or school the picker offers: its code (what the form sends) and its name. */
    record Choice(String code, String name) {
    }

    private static void regionChoices(RegionNode node, String within, List<Choice> choices) {
        String name = within.isEmpty() ? node.name() : within + " " + node.name();
        choices.add(new Choice(node.code(), name));
        node.children().forEach(child -> regionChoices(child, name, choices));
    }

    /**
     * The new user's form as typed (the password aside), shown again when it is refused; it travels in
     * the session, which is stored in the database.
     */
    record TypedUser(String username, String role, String region, String school) implements java.io.Serializable {
    }

    /** The school the form names, typed as its name or code: its code when exactly one school of the region answers. */
    private String schoolCode(String region, String typed) {
        if (typed == null) {
            return null;
        }
        List<School> named = registry.schoolsNamed(region, typed);
        return named.size() == 1 ? named.get(0).code() : typed;
    }

    private void refused(RedirectAttributes redirect, UserAccounts.AccountRejected e) {
        redirect.addFlashAttribute("errorField", e.field());
        redirect.addFlashAttribute("errorMessage", messages.getMessage("account.rejected." + e.code(), e.arguments(),
                e.getMessage(), LocaleContextHolder.getLocale()));
    }

    @PostMapping("/users")
    String createUser(@RequestParam String username, @RequestParam String password, @RequestParam String role,
                      @RequestParam(required = false) String region, @RequestParam(required = false) String school,
                      RedirectAttributes redirect) {
        try {
            accounts.create(username, password, role, blankToNull(region), schoolCode(blankToNull(region), blankToNull(school)));
            redirect.addFlashAttribute("created", username);
        } catch (UserAccounts.AccountRejected e) {
            refused(redirect, e);
            redirect.addFlashAttribute("typed", new TypedUser(username, role, region, school));
        }
        return "redirect:/users";
    }

    @PostMapping("/users/{username}/disable")
    String disable(@PathVariable String username, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(username, false);
        } catch (UserAccounts.AccountRejected e) {
            refused(redirect, e);
        }
        return "redirect:/users";
    }

    @PostMapping("/users/{username}/enable")
    String enable(@PathVariable String username) {
        accounts.setEnabled(username, true);
        return "redirect:/users";
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String entity, @RequestParam(required = false) String user,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        Paging.check(page, 50);
        PageOf<AuditEvent> events = audit.find(visibility.scope(), visibility.region("region", null),
                blankToNull(entity), blankToNull(user), from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), page, 50);
        model.addAttribute("events", events);
        model.addAttribute("rows", AuditRows.of(events.content(), names, messages, locale));
        model.addAttribute("entity", entity);
        model.addAttribute("user", user);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
