package org.junheng.rotation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junheng.assessment.Shown;
import org.junheng.registry.Labelled;
import org.junheng.registry.Stage;
import org.junheng.registry.Subject;
import org.junheng.rotation.MoveReason;
import org.junheng.rotation.PlanRule;
import org.junheng.web.Charts;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * A rotation plan as the officer reads it: a summary in words instead of the solver's score, what the
 * plan does to the assessment (compliant schools by name, coefficients against their limits, item 11),
 * and the moves with schools by name and stages, subjects and reasons in the page's language, filtered
 * and paged. Built from the plan's JSON, so a plan kept by the server reads the same as one just made.
 */
final class RotationPlanView {

    static final int PAGE_SIZE = 50;

    record MoveRow(String teacherId, String fromName, String toName, String stage, String subject, List<String> reasons,
                   String move) {
    }

    record StageRow(String stage, int schoolStages, int compliantBefore, int compliantAfter, List<String> madeCompliant,
                    List<String> noLongerCompliant) {
    }

    record CoefficientRow(String stage, String indicator, String before, String after, String limit, boolean passBefore,
                          boolean passAfter, boolean better, boolean worse, Double beforeValue, Double afterValue,
                          Double limitValue) {
    }

    record Option(String value, String label) {
    }

    /** The moves shown: one page of those the filter lets through. */
    record MovePage(List<MoveRow> rows, int page, int pages, int total) {
    }

    private final JsonNode plan;
    private final Locale locale;
    private final MessageSource messages;
    private final boolean english;

    RotationPlanView(JsonNode plan, Locale locale, MessageSource messages) {
        this.plan = plan;
        this.locale = locale;
        this.messages = messages;
        this.english = Charts.english(locale);
    }

    private String say(String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    String countyName() {
        JsonNode county = plan.path("before").path("counties").path(0);
        return county.path("countyName").asString(county.path("countyCode").asString(""));
    }

    /** The plan in a few sentences: the rules, the compliant schools, the coefficients, the moves beyond the quota. */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        JsonNode q = plan.get("quotas");
        lines.add(plan.get("feasible").asBoolean()
                ? say("rotation.summary.feasible", q.get("rotated").asInt(), q.get("requiredRotated").asInt(),
                        q.get("backboneRotated").asInt(), q.get("requiredBackbone").asInt())
                : say("rotation.summary.infeasible", q.get("rotated").asInt(), q.get("requiredRotated").asInt()));
        int lost = 0;
        int lower = 0;
        int unchanged = 0;
        int over = 0;
        int within = 0;
        for (JsonNode stage : plan.path("effect").path("stages")) {
            lost += stage.path("noLongerCompliant").size();
            lines.add(say("rotation.summary.compliance", stageName(stage.get("stage").asString()),
                    stage.get("compliantBefore").asInt(), stage.get("compliantAfter").asInt(), stage.get("schoolStages").asInt()));
            for (JsonNode c : stage.path("coefficients")) {
                if (!isTeacherIndicator(c.get("indicator").asString()) || !c.get("before").isNumber()
                        || !c.get("after").isNumber()) {
                    continue;
                }
                if (c.get("after").asDouble() < c.get("before").asDouble()) {
                    lower++;
                } else {
                    unchanged++;
                }
                if (!c.get("passBefore").asBoolean()) {
                    over++;
                    within += c.get("passAfter").asBoolean() ? 1 : 0;
                }
            }
        }
        lines.add(lost == 0 ? say("rotation.summary.noneLost") : say("rotation.summary.lost", lost));
        lines.add(say("rotation.summary.coefficients", lower, unchanged, over, within));
        int extra = q.get("rotated").asInt() - q.get("requiredRotated").asInt();
        if (extra > 0) {
            lines.add(say("rotation.summary.extra", extra));
        }
        return lines;
    }

    List<StageRow> stages() {
        List<StageRow> rows = new ArrayList<>();
        for (JsonNode stage : plan.path("effect").path("stages")) {
            rows.add(new StageRow(stageName(stage.get("stage").asString()), stage.get("schoolStages").asInt(),
                    stage.get("compliantBefore").asInt(), stage.get("compliantAfter").asInt(), names(stage.path("madeCompliant")),
                    names(stage.path("noLongerCompliant"))));
        }
        return rows;
    }

    private static List<String> names(JsonNode schools) {
        List<String> names = new ArrayList<>();
        schools.forEach(s -> names.add(s.path("schoolName").asString(s.path("schoolCode").asString())));
        return names;
    }

    /** The three teacher indicators' coefficients of each stage, before and after, against their limits. */
    List<CoefficientRow> coefficients(Function<String, String> indicatorNames) {
        List<CoefficientRow> rows = new ArrayList<>();
        for (JsonNode stage : plan.path("effect").path("stages")) {
            for (JsonNode c : stage.path("coefficients")) {
                String code = c.get("indicator").asString();
                if (!isTeacherIndicator(code)) {
                    continue;
                }
                Double before = c.get("before").isNumber() ? c.get("before").asDouble() : null;
                Double after = c.get("after").isNumber() ? c.get("after").asDouble() : null;
                BigDecimal limit = c.get("limit").isNumber() ? c.get("limit").decimalValue() : null;
                boolean passBefore = c.get("passBefore").asBoolean();
                boolean passAfter = c.get("passAfter").asBoolean();
                rows.add(new CoefficientRow(stageName(stage.get("stage").asString()), indicatorNames.apply(code),
                        Shown.coefficient(before, limit, passBefore), Shown.coefficient(after, limit, passAfter),
                        limit == null ? "" : limit.setScale(Math.max(2, limit.scale())).toPlainString(), passBefore, passAfter,
                        before != null && after != null && after < before, before != null && after != null && after > before,
                        before, after, limit == null ? null : limit.doubleValue()));
            }
        }
        return rows;
    }

    /** Guarantee item 11 as the plan makes it, in a sentence; null for a plan made before the effect was reported. */
    String rotationItem() {
        JsonNode item = plan.path("effect").path("rotationItem");
        if (!item.isObject()) {
            return null;
        }
        int year = item.get("schoolYear").asInt();
        long eligible = item.get("eligible").asLong();
        long rotated = item.get("rotated").asLong();
        long backbone = item.get("backboneRotated").asLong();
        return say("rotation.item11", rotated, String.valueOf(year), String.valueOf(year + 1), eligible,
                percent(rotated, eligible), percent(item.get("requiredShare").decimalValue()), backbone,
                percent(backbone, rotated), percent(item.get("requiredBackboneShare").decimalValue()))
                + " " + say(item.get("met").asBoolean() ? "rotation.item11.met" : "rotation.item11.notMet");
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "—" : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN)
                .toPlainString() + "%";
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** Every move that the filter lets through (null or blank: anything), one page of them. */
    MovePage moves(String school, String subject, String reason, int page) {
        List<MoveRow> all = new ArrayList<>();
        for (JsonNode m : plan.get("moves")) {
            List<String> reasons = new ArrayList<>();
            m.path("reasons").forEach(r -> reasons.add(r.asString()));
            boolean passes = (blank(school) || school.equals(m.get("fromSchool").asString()) || school.equals(m.get("toSchool").asString()))
                    && (blank(subject) || subject.equals(m.path("subject").asString()))
                    && (blank(reason) || reasons.contains(reason));
            if (!passes) {
                continue;
            }
            all.add(new MoveRow(m.get("teacherId").asString(), schoolName(m, "from"), schoolName(m, "to"),
                    stageName(m.path("stage").asString("")), subjectName(m.path("subject").asString("")),
                    reasons.stream().map(this::reasonName).toList(),
                    m.get("teacherId").asString() + "=" + m.get("toSchool").asString()));
        }
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        return new MovePage(all.subList(shown * PAGE_SIZE, Math.min(all.size(), (shown + 1) * PAGE_SIZE)), shown, pages,
                all.size());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String schoolName(JsonNode move, String side) {
        return move.path(side + "SchoolName").asString(move.get(side + "School").asString());
    }

    /** The schools of the moves, by name, for the filter. */
    List<Option> schoolOptions() {
        Map<String, String> schools = new LinkedHashMap<>();
        for (JsonNode m : plan.get("moves")) {
            schools.putIfAbsent(m.get("fromSchool").asString(), schoolName(m, "from"));
            schools.putIfAbsent(m.get("toSchool").asString(), schoolName(m, "to"));
        }
        return schools.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    List<Option> subjectOptions() {
        Map<String, String> subjects = new LinkedHashMap<>();
        for (JsonNode m : plan.get("moves")) {
            subjects.putIfAbsent(m.path("subject").asString(""), subjectName(m.path("subject").asString("")));
        }
        return subjects.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    List<Option> reasonOptions() {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (JsonNode m : plan.get("moves")) {
            m.path("reasons").forEach(r -> reasons.putIfAbsent(r.asString(), reasonName(r.asString())));
        }
        return reasons.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    /** The rules the plan does not keep, in words. */
    List<String> brokenRules() {
        List<String> lines = new ArrayList<>();
        for (JsonNode b : plan.get("brokenRules")) {
            String rule = b.get("rule").asString();
            String name = Labelled.parse(PlanRule.class, rule).map(r -> english ? r.englishName() : r.chineseName()).orElse(rule);
            lines.add(b.get("required").asLong() > 0
                    ? say("rotation.broken.detail", name, b.get("shortBy").asLong(), b.get("required").asLong(),
                            b.get("possible").asLong())
                    : say("rotation.broken", name, b.get("shortBy").asLong()));
        }
        return lines;
    }

    String stageName(String key) {
        return Labelled.parse(Stage.class, key).map(s -> s.nameIn(locale)).orElse(key);
    }

    private String subjectName(String key) {
        return Labelled.parse(Subject.class, key).map(s -> english ? s.key().replace('_', ' ') : s.chineseName()).orElse(key);
    }

    private String reasonName(String key) {
        return Labelled.parse(MoveReason.class, key).map(r -> english ? r.englishName() : r.chineseName()).orElse(key);
    }

    private static boolean isTeacherIndicator(String code) {
        return RotationPages.INDICATORS.contains(code);
    }
}
