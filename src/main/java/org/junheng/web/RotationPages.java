package org.junheng.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junheng.rotation.RotationJob;
import org.junheng.rotation.RotationJobs;
import org.junheng.security.CurrentUser;
import org.junheng.security.WriteScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The officer's review of rotation plans: start one, watch it, read its moves with their reasons and
 * the teacher indicators before and after, lock or forbid moves and solve again, download it,
 * accept it.
 */
@Controller
class RotationPages {

    private static final List<String> INDICATORS = List.of("qualified_teachers_per_100", "backbone_teachers_per_100",
            "pe_art_teachers_per_100");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RotationJobs jobs;
    private final Visibility visibility;
    private final WriteScope writes;
    private final CurrentUser user;

    RotationPages(RotationJobs jobs, Visibility visibility, CurrentUser user, WriteScope writes) {
        this.writes = writes;
        this.jobs = jobs;
        this.visibility = visibility;
        this.user = user;
    }

    record MoveRow(String teacherId, String fromSchool, String toSchool, String stage, String subject, String reasons) {
    }

    record CoefficientRow(String stage, String indicator, Double before, Double after, Double limit, boolean better,
                          boolean worse) {
    }

    /** The coefficients before and after as grouped bars, each stage's limit as a dashed line (an ECharts option). */
    static Map<String, Object> chart(List<CoefficientRow> rows, Locale locale) {
        boolean english = AssessmentViews.english(locale);
        Map<String, Object> option = AssessmentViews.axisChart(Map.of("top", 0));
        option.put("xAxis", Map.of("type", "category", "axisLabel", Map.of("interval", 0),
                "data", rows.stream().map(r -> r.stage() + " · " + r.indicator().split("_")[0]).toList()));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", List.of(
                series(english ? "before" : "前", "bar", "#9e9e9e", rows.stream().map(CoefficientRow::before).toList()),
                series(english ? "after" : "后", "bar", "#1f4e79", rows.stream().map(CoefficientRow::after).toList()),
                Map.of("name", english ? "limit" : "限值", "type", "line", "step", "middle", "symbol", "none",
                        "itemStyle", Map.of("color", "#b00020"), "lineStyle", Map.of("color", "#b00020", "type", "dashed"),
                        "data", rows.stream().map(r -> r.limit() == null ? (Object) "-" : r.limit()).toList())));
        return option;
    }

    private static Map<String, Object> series(String name, String type, String colour, List<Double> values) {
        return Map.of("name", name, "type", type, "itemStyle", Map.of("color", colour),
                "data", values.stream().map(v -> v == null ? (Object) "-" : Math.round(v * 10_000) / 10_000.0).toList());
    }

    @GetMapping("/rotation")
    String list(Model model) {
        bureausOnly();
        model.addAttribute("jobs", jobs.jobs(visibility.region("region", null)));
        return "rotation-plans";
    }

    @PostMapping("/rotation")
    String start(@RequestParam String county, @RequestParam(defaultValue = "30") int timeLimitSeconds,
                 @RequestParam(required = false) String rules, RedirectAttributes redirect) {
        bureausOnly();
        try {
            RotationJob job = jobs.start(writes.region("county", county.strip()), null, blankToNull(rules), timeLimitSeconds,
                    user.username());
            return "redirect:/rotation/" + job.id();
        } catch (RotationJobs.JobRejected | BadParameterException | NotFoundException e) {
            redirect.addFlashAttribute("errorMessage", e.getMessage());
            return "redirect:/rotation";
        }
    }

    @GetMapping("/rotation/{id}")
    String job(@PathVariable long id, Model model, Locale locale) {
        RotationJob job = visible(id);
        model.addAttribute("job", job);
        model.addAttribute("rules", jobs.rules(id));
        jobs.planJson(id).ifPresent(json -> {
            JsonNode plan = JSON.readTree(json);
            model.addAttribute("plan", plan);
            List<MoveRow> moves = new ArrayList<>();
            plan.get("moves").forEach(m -> {
                List<String> reasons = new ArrayList<>();
                m.path("reasons").forEach(r -> reasons.add(r.asString()));
                moves.add(new MoveRow(m.get("teacherId").asString(), m.get("fromSchool").asString(),
                        m.get("toSchool").asString(), m.path("stage").asString(""), m.path("subject").asString(""),
                        String.join(", ", reasons)));
            });
            model.addAttribute("moves", moves);
            List<CoefficientRow> coefficients = coefficients(plan);
            model.addAttribute("coefficients", coefficients);
            model.addAttribute("chart", JSON.writeValueAsString(chart(coefficients, locale)));
            model.addAttribute("quotas", plan.get("quotas"));
            List<String> broken = new ArrayList<>();
            plan.get("brokenRules").forEach(b -> broken.add(b.get("rule").asString() + " (" + b.get("shortBy").asLong() + "): "
                    + b.get("explanation").asString()));
            model.addAttribute("brokenRules", broken);
        });
        return "rotation-plan";
    }

    private static List<CoefficientRow> coefficients(JsonNode plan) {
        List<CoefficientRow> rows = new ArrayList<>();
        JsonNode before = plan.path("before").path("counties").path(0).path("stages");
        JsonNode after = plan.path("after").path("counties").path(0).path("stages");
        for (int s = 0; s < before.size(); s++) {
            for (String code : INDICATORS) {
                Double b = cv(before.get(s), code);
                Double a = cv(after.get(s), code);
                rows.add(new CoefficientRow(before.get(s).get("stage").asString(), code, b, a, limit(before.get(s), code),
                        a != null && b != null && a < b, a != null && b != null && a > b));
            }
        }
        return rows;
    }

    private static Double limit(JsonNode stage, String code) {
        for (JsonNode indicator : stage.get("indicators")) {
            if (indicator.get("code").asString().equals(code) && indicator.get("cvLimit").isNumber()) {
                return indicator.get("cvLimit").asDouble();
            }
        }
        return null;
    }

    private static Double cv(JsonNode stage, String code) {
        for (JsonNode indicator : stage.get("indicators")) {
            if (indicator.get("code").asString().equals(code) && indicator.get("cv").isNumber()) {
                return indicator.get("cv").asDouble();
            }
        }
        return null;
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
                   @RequestParam(defaultValue = "30") int timeLimitSeconds, RedirectAttributes redirect) {
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
            redirect.addFlashAttribute("errorMessage", e.getMessage());
            return "redirect:/rotation/" + id;
        }
    }

    @PostMapping("/rotation/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        visible(id);
        try {
            return "redirect:/programmes/" + jobs.accept(id).id();
        } catch (RotationJobs.JobRejected e) {
            redirect.addFlashAttribute("errorMessage", e.getMessage());
            return "redirect:/rotation/" + id;
        }
    }

    private RotationJob visible(long id) {
        bureausOnly();
        return jobs.job(id).filter(job -> visibility.scope().coversRegion(job.countyCode()))
                .orElseThrow(() -> new NotFoundException("rotation plan", String.valueOf(id)));
    }

    private void bureausOnly() {
        if (visibility.ownSchool() != null) {
            throw new AccessDeniedException("rotation is planned by education bureaus");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
