package org.junheng.rotation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.CountyAssessment;
import org.junheng.assessment.ResourceUnit;
import org.junheng.assessment.Shown;
import org.junheng.registry.Labelled;
import org.junheng.registry.Stage;
import org.junheng.registry.Subject;
import org.junheng.rotation.BrokenRule;
import org.junheng.rotation.MoveReason;
import org.junheng.rotation.PlanEffect;
import org.junheng.rotation.PlanRule;
import org.junheng.rotation.PlannedMove;
import org.junheng.rotation.Quotas;
import org.junheng.rotation.RotationPlan;
import org.springframework.context.MessageSource;

/**
 * A rotation plan as the officer reads it: a summary in words instead of the solver's score, what the
 * plan does to the assessment (compliant schools by name, coefficients against their limits, item 11),
 * and the moves with schools by name and stages, subjects and reasons in the page's language, filtered
 * and paged. Built from the typed plan, read back from the server's store.
 */
final class RotationPlanView {

    static final int PAGE_SIZE = 50;

    record MoveRow(String teacherId, String fromName, String toName, String stage, String subject, List<String> reasons,
                   String move) {
    }

    record StageRow(String stage, int schoolStages, int compliantBefore, int compliantAfter, List<String> madeCompliant,
                    List<String> noLongerCompliant) {
    }

    /**
     * A school-stage not compliant after the plan: what it still lacks for each indicator below its standard, and
     * whether teachers could make it compliant at all.
     */
    record NotCompliantRow(String stage, String school, List<String> gaps, String teachers) {
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

    private final RotationPlan plan;
    private final Locale locale;
    private final MessageSource messages;

    RotationPlanView(RotationPlan plan, Locale locale, MessageSource messages) {
        this.plan = plan;
        this.locale = locale;
        this.messages = messages;
    }

    private String say(String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    String countyName() {
        if (plan.before() == null || plan.before().counties().isEmpty()) {
            return plan.countyCode();
        }
        CountyAssessment county = plan.before().counties().get(0);
        return county.countyName() != null ? county.countyName() : county.countyCode();
    }

    /** The plan in a few sentences: the rules, the compliant schools, the coefficients, the moves beyond the quota. */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        Quotas q = plan.quotas();
        lines.add(plan.feasible()
                ? say("rotation.summary.feasible", q.rotated(), q.requiredRotated(), q.backboneRotated(), q.requiredBackbone())
                : say("rotation.summary.infeasible", q.rotated(), q.requiredRotated()));
        int lost = 0;
        int lower = 0;
        int unchanged = 0;
        int over = 0;
        int within = 0;
        for (PlanEffect.StageEffect stage : stages(plan)) {
            lost += stage.noLongerCompliant().size();
            lines.add(say("rotation.summary.compliance", stageName(stage.stage()), stage.compliantBefore(),
                    stage.compliantAfter(), stage.schoolStages()));
            for (PlanEffect.CoefficientEffect c : stage.coefficients()) {
                if (!isTeacherIndicator(c.indicator()) || c.before() == null || c.after() == null) {
                    continue;
                }
                if (c.after() < c.before()) {
                    lower++;
                } else {
                    unchanged++;
                }
                if (!c.passBefore()) {
                    over++;
                    within += c.passAfter() ? 1 : 0;
                }
            }
        }
        lines.add(lost == 0 ? say("rotation.summary.noneLost") : say("rotation.summary.lost", lost));
        int[] heldBack = new int[HeldBack.values().length];
        for (PlanEffect.StageEffect stage : stages(plan)) {
            for (PlanEffect.NotCompliant school : notCompliant(stage)) {
                heldBack[HeldBack.of(school).ordinal()]++;
            }
        }
        int notCompliant = Arrays.stream(heldBack).sum();
        if (notCompliant > 0) {
            List<String> why = new ArrayList<>();
            for (HeldBack reason : HeldBack.values()) {
                if (heldBack[reason.ordinal()] > 0) {
                    why.add(say("rotation.summary.notCompliant." + reason.key, heldBack[reason.ordinal()]));
                }
            }
            lines.add(say("rotation.summary.notCompliant", notCompliant, String.join(say("rotation.summary.separator"), why)));
        }
        lines.add(say("rotation.summary.coefficients", lower, unchanged, over, within));
        int extra = q.rotated() - q.requiredRotated();
        if (extra > 0) {
            lines.add(say("rotation.summary.extra", extra));
        }
        return lines;
    }

    List<StageRow> stages() {
        List<StageRow> rows = new ArrayList<>();
        for (PlanEffect.StageEffect stage : stages(plan)) {
            rows.add(new StageRow(stageName(stage.stage()), stage.schoolStages(), stage.compliantBefore(),
                    stage.compliantAfter(), names(stage.madeCompliant()), names(stage.noLongerCompliant())));
        }
        return rows;
    }

    /** The school-stages not compliant after the plan, by stage, in school code order. */
    List<NotCompliantRow> notCompliant() {
        List<NotCompliantRow> rows = new ArrayList<>();
        for (PlanEffect.StageEffect stage : stages(plan)) {
            for (PlanEffect.NotCompliant school : notCompliant(stage)) {
                List<String> gaps = new ArrayList<>();
                school.gaps().forEach((indicator, gap) -> gaps.add(say("indicator.short." + indicator) + " +"
                        + Shown.amount(AssessmentMethod.QUALITY_2017.indicator(indicator).map(i -> i.resource().unit())
                                .orElse(ResourceUnit.UNITS), gap, locale)));
                rows.add(new NotCompliantRow(stageName(stage.stage()),
                        school.schoolName() != null ? school.schoolName() : school.schoolCode(), gaps, heldBack(school)));
            }
        }
        return rows;
    }

    /** Whether teachers could make the school-stage compliant, in words. */
    private String heldBack(PlanEffect.NotCompliant school) {
        return switch (HeldBack.of(school)) {
            case OTHER_INDICATORS -> say("rotation.notCompliant.beyondTeachers");
            case SUBJECT_RULE -> say("rotation.notCompliant.subjectRule", school.teachersShort());
            case TEACHERS_SHORT -> say("rotation.notCompliant.teachersShort", school.teachersShort());
        };
    }

    /** What keeps a school-stage from compliance after the plan, as the page groups it. */
    private enum HeldBack {
        OTHER_INDICATORS("otherIndicators"), SUBJECT_RULE("subjectRule"), TEACHERS_SHORT("teachersShort");

        private final String key;

        HeldBack(String key) {
            this.key = key;
        }

        static HeldBack of(PlanEffect.NotCompliant school) {
            return school.heldBackBy() == null ? TEACHERS_SHORT
                    : school.heldBackBy().equals(PlanEffect.NotCompliant.SUBJECT_RULE) ? SUBJECT_RULE : OTHER_INDICATORS;
        }
    }

    private static List<PlanEffect.NotCompliant> notCompliant(PlanEffect.StageEffect stage) {
        return stage.notCompliant() == null ? List.of() : stage.notCompliant();
    }

    /** The plan's effect by stage; none for a plan made before the effect was reported. */
    private static List<PlanEffect.StageEffect> stages(RotationPlan plan) {
        return plan.effect() == null ? List.of() : plan.effect().stages();
    }

    private static List<String> names(List<PlanEffect.SchoolChange> schools) {
        return schools.stream().map(s -> s.schoolName() != null ? s.schoolName() : s.schoolCode()).toList();
    }

    /** The three teacher indicators' coefficients of each stage, before and after, against their limits. */
    List<CoefficientRow> coefficients(Function<String, String> indicatorNames) {
        List<CoefficientRow> rows = new ArrayList<>();
        for (PlanEffect.StageEffect stage : stages(plan)) {
            for (PlanEffect.CoefficientEffect c : stage.coefficients()) {
                String code = c.indicator();
                if (!isTeacherIndicator(code)) {
                    continue;
                }
                Double before = c.before();
                Double after = c.after();
                BigDecimal limit = c.limit();
                boolean passBefore = c.passBefore();
                boolean passAfter = c.passAfter();
                rows.add(new CoefficientRow(stageName(stage.stage()), indicatorNames.apply(code),
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
        PlanEffect.RotationItem item = plan.effect() == null ? null : plan.effect().rotationItem();
        if (item == null) {
            return null;
        }
        int year = item.schoolYear();
        long eligible = item.eligible();
        long rotated = item.rotated();
        long backbone = item.backboneRotated();
        return say("rotation.item11", rotated, String.valueOf(year), String.valueOf(year + 1), eligible,
                percent(rotated, eligible), percent(item.requiredShare()), backbone, percent(backbone, rotated),
                percent(item.requiredBackboneShare()))
                + " " + say(item.met() ? "rotation.item11.met" : "rotation.item11.notMet");
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
        for (PlannedMove m : plan.moves()) {
            List<String> reasons = m.reasons();
            boolean passes = (blank(school) || school.equals(m.fromSchool()) || school.equals(m.toSchool()))
                    && (blank(subject) || subject.equals(m.subject()))
                    && (blank(reason) || reasons.contains(reason));
            if (!passes) {
                continue;
            }
            all.add(new MoveRow(m.teacherId(), fromName(m), toName(m), stageName(orEmpty(m.stage())),
                    subjectName(orEmpty(m.subject())), reasons.stream().map(this::reasonName).toList(),
                    m.teacherId() + "=" + m.toSchool()));
        }
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        return new MovePage(all.subList(shown * PAGE_SIZE, Math.min(all.size(), (shown + 1) * PAGE_SIZE)), shown, pages,
                all.size());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String fromName(PlannedMove move) {
        return move.fromSchoolName() != null ? move.fromSchoolName() : move.fromSchool();
    }

    private static String toName(PlannedMove move) {
        return move.toSchoolName() != null ? move.toSchoolName() : move.toSchool();
    }

    /** The schools of the moves, by name, for the filter. */
    List<Option> schoolOptions() {
        Map<String, String> schools = new LinkedHashMap<>();
        for (PlannedMove m : plan.moves()) {
            schools.putIfAbsent(m.fromSchool(), fromName(m));
            schools.putIfAbsent(m.toSchool(), toName(m));
        }
        return schools.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    List<Option> subjectOptions() {
        Map<String, String> subjects = new LinkedHashMap<>();
        for (PlannedMove m : plan.moves()) {
            subjects.putIfAbsent(orEmpty(m.subject()), subjectName(orEmpty(m.subject())));
        }
        return subjects.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    List<Option> reasonOptions() {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (PlannedMove m : plan.moves()) {
            m.reasons().forEach(r -> reasons.putIfAbsent(r, reasonName(r)));
        }
        return reasons.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    /** The rules the plan does not keep, in words. */
    List<String> brokenRules() {
        List<String> lines = new ArrayList<>();
        for (BrokenRule b : plan.brokenRules()) {
            String rule = b.rule();
            String name = Labelled.parse(PlanRule.class, rule).map(r -> r.nameIn(locale)).orElse(rule);
            lines.add(b.required() > 0
                    ? say("rotation.broken.detail", name, b.shortBy(), b.required(), b.possible())
                    : say("rotation.broken", name, b.shortBy()));
        }
        return lines;
    }

    String stageName(String key) {
        return Labelled.parse(Stage.class, key).map(s -> s.nameIn(locale)).orElse(key);
    }

    private String subjectName(String key) {
        return Labelled.parse(Subject.class, key).map(s -> s.nameIn(locale)).orElse(key);
    }

    private String reasonName(String key) {
        return Labelled.parse(MoveReason.class, key).map(r -> r.nameIn(locale)).orElse(key);
    }

    private static boolean isTeacherIndicator(String code) {
        return RotationPages.INDICATORS.contains(code);
    }
}
