package org.junheng.rotation.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junheng.registry.Registry;
import org.junheng.rotation.RotationJob;
import org.junheng.rotation.RotationJobs;
import org.junheng.rotation.RotationRules;
import org.junheng.security.CurrentUser;
import org.junheng.security.Visibility;
import org.junheng.security.WriteScope;
import org.junheng.web.BadParameterException;
import org.junheng.web.Charts;
import org.junheng.web.NotFoundException;
import org.junheng.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The officer's review of rotation plans: start one for a county chosen from a list with the rules in a
 * form, watch it, read what it does to the assessment and its moves with their reasons (filtered and
 * paged), lock or forbid moves and solve again, download it, accept it after confirming.
 */
@PageController
class RotationPages {

    static final List<String> INDICATORS = List.of("qualified_teachers_per_100", "backbone_teachers_per_100",
            "pe_art_teachers_per_100");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RotationJobs jobs;
    private final Visibility visibility;
    private final WriteScope writes;
    private final CurrentUser user;
    private final Registry registry;
    private final MessageSource messages;

    RotationPages(RotationJobs jobs, Visibility visibility, CurrentUser user, WriteScope writes, Registry registry,
                  MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
        this.writes = writes;
        this.jobs = jobs;
        this.visibility = visibility;
        this.user = user;
    }

    /** The coefficients before and after as grouped bars, each stage's limit as a dashed line (an ECharts option). */
    static Map<String, Object> chart(List<RotationPlanView.CoefficientRow> rows, Locale locale) {
        boolean english = Charts.english(locale);
        Map<String, Object> option = Charts.axisChart(Map.of("top", 0));
        option.put("xAxis", Map.of("type", "category", "axisLabel", Map.of("interval", 0),
                "data", rows.stream().map(r -> r.stage() + " · " + r.indicator()).toList()));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", List.of(
                series(english ? "before" : "前", "bar", "#9e9e9e",
                        rows.stream().map(RotationPlanView.CoefficientRow::beforeValue).toList()),
                series(english ? "after" : "后", "bar", "#1f4e79",
                        rows.stream().map(RotationPlanView.CoefficientRow::afterValue).toList()),
                Map.of("name", english ? "limit" : "限值", "type", "line", "step", "middle", "symbol", "none",
                        "itemStyle", Map.of("color", "#b00020"), "lineStyle", Map.of("color", "#b00020", "type", "dashed"),
                        "data", rows.stream().map(r -> r.limitValue() == null ? (Object) "-" : r.limitValue()).toList())));
        return option;
    }

    private static Map<String, Object> series(String name, String type, String colour, List<Double> values) {
        return Map.of("name", name, "type", type, "itemStyle", Map.of("color", colour),
                "data", values.stream().map(v -> v == null ? (Object) "-" : Math.round(v * 10_000) / 10_000.0).toList());
    }

    /** The rules of the start form: each field, when given, one line of the rules text. */
    record RulesForm(String rotationShare, String backboneShare, String localRuleShare, String maxDistanceKm,
                     String headcountChange, String subjectSlack, String rules) {

        String text() {
            StringBuilder text = new StringBuilder();
            line(text, "quota.rotation-share", rotationShare, "%");
            line(text, "quota.backbone-share", backboneShare, "%");
            line(text, "quota.local-rule-share", localRuleShare, "%");
            line(text, "limit.max-distance-km", maxDistanceKm, "");
            line(text, "limit.headcount-change", headcountChange, "");
            line(text, "limit.subject-slack", subjectSlack, "");
            if (rules != null && !rules.isBlank()) {
                text.append(rules.strip()).append('\n');
            }
            return text.toString();
        }

        private static void line(StringBuilder text, String key, String value, String unit) {
            if (value != null && !value.isBlank()) {
                text.append(key).append('=').append(value.strip()).append(unit).append('\n');
            }
        }
    }

    @GetMapping("/rotation")
    String list(Model model) {
        bureausOnly();
        String region = visibility.region("region", null);
        Map<String, String> counties = registry.countyNames(region);
        model.addAttribute("jobs", jobs.jobs(region));
        model.addAttribute("counties", counties);
        model.addAttribute("defaults", RotationRules.DEFAULT);
        return "rotation-plans";
    }

    @PostMapping("/rotation")
    String start(@RequestParam String county, @RequestParam(required = false) Integer timeLimitSeconds,
                 RulesForm form, RedirectAttributes redirect, Locale locale) {
        bureausOnly();
        try {
            RotationJob job = jobs.start(writes.region("county", county.strip()), null, blankToNull(form.text()),
                    timeLimitSeconds, user.username());
            return "redirect:/rotation/" + job.id();
        } catch (RotationJobs.JobRejected e) {
            redirect.addFlashAttribute("errorMessage", messages.getMessage(e.code(), e.args(), locale));
            return "redirect:/rotation";
        } catch (BadParameterException | NotFoundException e) {
            redirect.addFlashAttribute("errorMessage", messages.getMessage("rotation.rejected.county", new Object[] {county},
                    locale));
            return "redirect:/rotation";
        }
    }

    @GetMapping("/rotation/{id}")
    String job(@PathVariable long id, @RequestParam(required = false) String school,
               @RequestParam(required = false) String subject, @RequestParam(required = false) String reason,
               @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        RotationJob job = visible(id);
        model.addAttribute("job", job);
        model.addAttribute("countyName", registry.countyNames(job.countyCode()).getOrDefault(job.countyCode(), job.countyCode()));
        model.addAttribute("rules", jobs.rules(id));
        jobs.plan(id).ifPresent(plan -> {
            RotationPlanView view = new RotationPlanView(plan, locale, messages);
            List<RotationPlanView.CoefficientRow> coefficients = view.coefficients(names(locale));
            model.addAttribute("plan", view);
            model.addAttribute("summary", view.summary());
            model.addAttribute("stages", view.stages());
            model.addAttribute("notCompliant", view.notCompliant());
            model.addAttribute("coefficients", coefficients);
            model.addAttribute("chart", JSON.writeValueAsString(chart(coefficients, locale)));
            model.addAttribute("rotationItem", view.rotationItem());
            model.addAttribute("brokenRules", view.brokenRules());
            model.addAttribute("moves", view.moves(school, subject, reason, page));
            model.addAttribute("schools", view.schoolOptions());
            model.addAttribute("subjects", view.subjectOptions());
            model.addAttribute("reasons", view.reasonOptions());
            model.addAttribute("filter", new Filter(school, subject, reason));
            model.addAttribute("feasible", plan.feasible());
        });
        return "rotation-plan";
    }

    /** The moves' filter as the page was asked for it. */
    record Filter(String school, String subject, String reason) {
    }

    private Function<String, String> names(Locale locale) {
        return code -> messages.getMessage("indicator.short." + code, null, code, locale);
    }

    @PostMapping("/rotation/{id}/stop")
    String stop(@PathVariable long id) {
        visible(id);
        jobs.stop(id);
        return "redirect:/rotation/" + id;
    }

    /** Solves again from this plan with the moves the officer locked or forbade added to its rules. */
    @PostMapping("/rotation/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(required = false) List<String> lock,
                   @RequestParam(required = false) List<String> forbid, @RequestParam(required = false) String rules,
                   @RequestParam(required = false) Integer timeLimitSeconds, RedirectAttributes redirect, Locale locale) {
        visible(id);
        StringBuilder text = new StringBuilder(rules == null ? "" : rules.strip()).append('\n');
        // each checkbox carries "teacher=school"
        for (String move : lock == null ? List.<String>of() : lock) {
            text.append("lock.").append(move).append('\n');
        }
        for (String move : forbid == null ? List.<String>of() : forbid) {
            text.append("forbid.").append(move).append('\n');
        }
        try {
            return "redirect:/rotation/" + jobs.resolve(id, text.toString(), timeLimitSeconds, user.username()).id();
        } catch (RotationJobs.JobRejected e) {
            redirect.addFlashAttribute("errorMessage", messages.getMessage(e.code(), e.args(), locale));
            return "redirect:/rotation/" + id;
        }
    }

    /** Asks the officer to confirm: what accepting records, for which school year, and that it cannot be undone. */
    @GetMapping("/rotation/{id}/accept")
    String confirmAccept(@PathVariable long id, Model model) {
        RotationJob job = visible(id);
        model.addAttribute("job", job);
        model.addAttribute("countyName", registry.countyNames(job.countyCode()).getOrDefault(job.countyCode(), job.countyCode()));
        model.addAttribute("schoolYear", String.valueOf(job.year() + 1));
        model.addAttribute("nextYear", String.valueOf(job.year() + 2));
        return "rotation-accept";
    }

    @PostMapping("/rotation/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect,
                  Locale locale) {
        visible(id);
        if (!confirmed) {
            return "redirect:/rotation/" + id + "/accept";
        }
        try {
            return "redirect:/programmes/" + jobs.accept(id).id();
        } catch (RotationJobs.JobRejected e) {
            redirect.addFlashAttribute("errorMessage", messages.getMessage(e.code(), e.args(), locale));
            return "redirect:/rotation/" + id;
        }
    }

    private RotationJob visible(long id) {
        bureausOnly();
        return jobs.job(id).filter(job -> visibility.scope().coversRegion(job.countyCode()))
                .orElseThrow(() -> new NotFoundException("rotation plan", String.valueOf(id)));
    }

    private void bureausOnly() {
        visibility.bureausOnly("rotation is planned by education bureaus");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
