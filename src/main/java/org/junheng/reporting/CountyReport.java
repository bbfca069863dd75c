package org.junheng.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.BalanceProposal;
import org.junheng.assessment.CountyAssessment;
import org.junheng.assessment.DimensionAssessment;
import org.junheng.assessment.Indicator;
import org.junheng.assessment.IndicatorAssessment;
import org.junheng.assessment.ItemAssessment;
import org.junheng.assessment.SchoolStageAssessment;
import org.junheng.assessment.Shortfall;
import org.junheng.assessment.Shown;
import org.junheng.assessment.StageAssessment;
import org.junheng.assessment.TrendPoint;
import org.junheng.assistance.ProgrammeSummary;
import org.junheng.registry.CountyFact;
import org.junheng.registry.CountyFacts;
import org.junheng.registry.Stage;
import org.springframework.context.MessageSource;

/**
 * The county self-assessment report 自评报告: a summary of the verdict with its reasons in words,
 * resource allocation per stage (coefficients against their limits with a chart, the schools not
 * compliant and what they lack, the least-resource proposals, the trend), every item of the
 * guarantee, quality, recognition and veto lists with the figure it was decided on, the county's
 * work counted from its records, and the annex table of every school-stage — in the reader's
 * language, numbers as provinces print them (values 2 decimals, coefficients 3, thousands separated).
 */
public final class CountyReport {

    /** What a county report is made of. {@code work} (the assistance figures of the year) may be null. */
    public record Data(CountyAssessment county, List<SchoolStageAssessment> schools, AssessmentMethod method, int year,
                       LocalDate generatedOn, CountyFacts facts, List<TrendPoint> trend, ProgrammeSummary work) {
    }

    private final Data data;
    private final MessageSource messages;
    private final Locale locale;
    private final List<ReportDocument.Block> blocks = new ArrayList<>();

    private CountyReport(Data data, MessageSource messages, Locale locale) {
        this.data = data;
        this.messages = messages;
        this.locale = locale;
    }

    public static ReportDocument of(Data data, MessageSource messages, Locale locale) {
        return new CountyReport(data, messages, locale).build();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private boolean english() {
        return "en".equals(locale.getLanguage());
    }

    private ReportDocument build() {
        CountyAssessment county = data.county();
        String title = t("report.county.title", county.countyName(), String.valueOf(data.year()));
        blocks.add(new ReportDocument.Contents(t("report.contents")));
        summary();
        resources();
        items("guarantee", county.guarantee());
        items("quality", county.quality());
        items("recognition", county.recognition());
        items("veto", county.veto());
        work();
        annex();
        List<String> cover = List.of(title, t("report.county.year", String.valueOf(data.year())),
                t("report.county.profile", "national".equals(county.profile()) ? t("report.profile.national") : county.profile(),
                        english() ? data.method().key() : data.method().chineseName()),
                t("report.county.date", data.generatedOn().toString()), t("report.county.by"));
        return new ReportDocument(title, cover, List.copyOf(blocks));
    }

    private void heading(int level, String text) {
        blocks.add(new ReportDocument.Heading(level, text));
    }

    private void paragraph(String text) {
        blocks.add(new ReportDocument.Paragraph(text));
    }

    // 一、总体情况

    private void summary() {
        CountyAssessment county = data.county();
        heading(1, t("report.section.summary"));
        long schools = data.schools().stream().filter(s -> s.excluded() == null).map(SchoolStageAssessment::schoolCode)
                .distinct().count();
        long students = county.stages().stream().mapToLong(StageAssessment::students).sum();
        paragraph(t("report.summary.scope", county.countyName(), String.valueOf(data.year()), grouped(schools),
                grouped(students)));
        paragraph(t("report.summary.verdict", t("verdict." + county.verdict().key())));
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> failing = new TreeSet<>();
        rows.add(List.of(t("report.dimension.resources"), result(county.resourcePass()), resourceReasons()));
        if (!county.resourcePass()) {
            failing.add(0);
        }
        String[] dimensions = {"guarantee", "quality", "recognition", "veto"};
        DimensionAssessment[] assessed = {county.guarantee(), county.quality(), county.recognition(), county.veto()};
        for (int i = 0; i < dimensions.length; i++) {
            rows.add(List.of(t("dimension." + dimensions[i]), result(assessed[i].pass()), itemReasons(assessed[i])));
            if (Boolean.FALSE.equals(assessed[i].pass())) {
                failing.add(i + 1);
            }
        }
        blocks.add(new ReportDocument.Table(t("report.summary.table"), List.of(t("report.column.dimension"),
                t("item.result"), t("report.column.reasons")), rows, Set.of(), failing));
    }

    private String result(Boolean pass) {
        return pass == null ? t("item.unknown") : pass ? t("item.pass") : t("item.fail");
    }

    private String resourceReasons() {
        List<String> parts = new ArrayList<>();
        for (StageAssessment stage : data.county().stages()) {
            long over = stage.indicators().stream().filter(i -> !i.cvPass()).count();
            parts.add(t("report.summary.stage", t("stage." + stage.stage().key()), grouped(over),
                    grouped(stage.compliantSchools()), grouped(stage.schoolCount()), percent(stage.compliantSchools(),
                            stage.schoolCount())));
        }
        return String.join(t("report.separator"), parts);
    }

    private String itemReasons(DimensionAssessment dimension) {
        List<String> failed = dimension.items().stream().filter(i -> Boolean.FALSE.equals(i.pass()))
                .map(i -> String.valueOf(i.number())).toList();
        List<String> unknown = dimension.items().stream().filter(i -> i.pass() == null).map(i -> String.valueOf(i.number()))
                .toList();
        List<String> parts = new ArrayList<>();
        if (!failed.isEmpty()) {
            parts.add(t("report.summary.itemsFailed", String.join(t("report.list"), failed)));
        }
        if (!unknown.isEmpty()) {
            parts.add(t("report.summary.itemsUnknown", String.join(t("report.list"), unknown)));
        }
        return parts.isEmpty() ? t("report.summary.allItems", grouped(dimension.items().size()))
                : String.join(t("report.separator"), parts);
    }

    // 二、资源配置

    private void resources() {
        heading(1, t("report.section.resources"));
        for (StageAssessment stage : data.county().stages()) {
            stage(stage);
        }
        trend();
    }

    private Indicator indicator(String code) {
        return data.method().indicator(code).orElseThrow();
    }

    private String indicatorName(String code) {
        Indicator indicator = indicator(code);
        return english() ? indicator.englishName() : indicator.chineseName();
    }

    private String unit(String code) {
        return english() ? indicator(code).resource().unit().key() : indicator(code).resource().unit().chineseName();
    }

    private void stage(StageAssessment stage) {
        String stageName = t("stage." + stage.stage().key());
        heading(2, t("report.stage.heading", stageName));
        paragraph(t("report.stage.scope", stageName, grouped(stage.schoolCount()), grouped(stage.students()),
                grouped(stage.compliantSchools()), percent(stage.compliantSchools(), stage.schoolCount())));
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> over = new TreeSet<>();
        List<ReportCharts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < stage.indicators().size(); i++) {
            IndicatorAssessment indicator = stage.indicators().get(i);
            String cv = indicator.cv() == null ? t("coefficient.undefined." + indicator.cvUndefined())
                    : Shown.coefficient(indicator.cv(), indicator.cvLimit(), indicator.cvPass());
            rows.add(List.of(indicatorName(indicator.code()), value(indicator.countyValue(), null, null),
                    indicator.standard() == null ? "" : plain(indicator.standard()), cv,
                    indicator.cvLimit() == null ? "" : plain(indicator.cvLimit()), indicator.cvPass() ? t("item.pass")
                            : t("item.fail")));
            if (!indicator.cvPass()) {
                over.add(i);
            }
            if (indicator.cvLimit() != null) {
                bars.add(new ReportCharts.Bar(t("indicator.short." + indicator.code()), indicator.cv(),
                        indicator.cvLimit().doubleValue(), indicator.cv() == null ? "" : cv));
            }
        }
        blocks.add(new ReportDocument.Table(t("report.stage.coefficients", stageName), List.of(t("report.column.indicator"),
                t("report.column.countyValue"), t("report.column.standard"), t("report.column.cv"), t("report.column.limit"),
                t("item.result")), rows, Set.of(1, 2, 3, 4), over));
        if (!bars.isEmpty()) {
            byte[] chart = ReportCharts.coefficients(bars, t("report.chart.limit"));
            blocks.add(new ReportDocument.Figure(chart, ReportCharts.WIDTH_PT, ReportCharts.height(chart),
                    t("report.chart.coefficients", stageName)));
        }
        nonCompliant(stage.stage(), stageName);
        proposals(stage, stageName);
    }

    private void nonCompliant(Stage stage, String stageName) {
        List<SchoolStageAssessment> failing = data.schools().stream()
                .filter(s -> s.stage() == stage && s.excluded() == null && Boolean.FALSE.equals(s.compliant())).toList();
        if (failing.isEmpty()) {
            paragraph(t("report.stage.allCompliant", stageName));
            return;
        }
        paragraph(t("report.stage.notCompliant", stageName, grouped(failing.size())));
        List<List<String>> rows = new ArrayList<>();
        for (SchoolStageAssessment school : failing) {
            long below = school.passes().values().stream().filter(p -> !p).count();
            List<String> gaps = new ArrayList<>();
            school.gaps().forEach((code, amount) -> gaps.add(t("report.gap", t("indicator.short." + code),
                    amount(amount, indicator(code).resource().unit().whole()), unit(code))));
            rows.add(List.of(school.schoolName(), grouped(school.students()), grouped(below), String.join(t("report.list"), gaps)));
        }
        blocks.add(new ReportDocument.Table(t("report.stage.notCompliantTable", stageName), List.of(t("report.column.school"),
                t("report.column.students"), t("report.column.below"), t("report.column.gaps")), rows, Set.of(1, 2), Set.of()));
    }

    private void proposals(StageAssessment stage, String stageName) {
        for (BalanceProposal proposal : stage.proposals()) {
            String unit = english() ? proposal.unit().key() : proposal.unit().chineseName();
            IndicatorAssessment assessed = stage.indicators().stream().filter(i -> i.code().equals(proposal.indicator()))
                    .findFirst().orElseThrow();
            paragraph(t("report.proposal", stageName, indicatorName(proposal.indicator()),
                    Shown.coefficient(proposal.cvBefore(), assessed.cvLimit(), false),
                    Shown.coefficient(proposal.cvAfter(), assessed.cvLimit(), true), grouped(proposal.additions().size()),
                    amount(proposal.total(), proposal.unit().whole()), unit));
            List<List<String>> rows = proposal.additions().stream()
                    .map(a -> List.of(a.schoolName(), amount(a.amount(), proposal.unit().whole()) + " " + unit)).toList();
            blocks.add(new ReportDocument.Table(null, List.of(t("report.column.school"), t("report.column.add")), rows,
                    Set.of(1), Set.of()));
        }
    }

    private void trend() {
        Map<Integer, Map<Stage, TrendPoint>> byYear = new TreeMap<>();
        Map<Integer, Map<Stage, Long>> within = new TreeMap<>();
        for (TrendPoint point : data.trend()) {
            byYear.computeIfAbsent(point.year(), y -> new LinkedHashMap<>()).putIfAbsent(point.stage(), point);
            if (point.cvPass()) {
                within.computeIfAbsent(point.year(), y -> new LinkedHashMap<>()).merge(point.stage(), 1L, Long::sum);
            }
        }
        if (byYear.size() < 2) {
            return;
        }
        heading(2, t("report.trend.heading"));
        List<Integer> years = List.copyOf(byYear.keySet());
        List<Stage> stages = data.county().stages().stream().map(StageAssessment::stage).toList();
        List<List<Double>> shares = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Stage stage : stages) {
            List<Double> share = new ArrayList<>();
            for (int year : years) {
                TrendPoint point = byYear.get(year).get(stage);
                share.add(point == null || point.schoolCount() == 0 ? null : 100.0 * point.compliantSchools() / point.schoolCount());
                rows.add(List.of(String.valueOf(year), t("stage." + stage.key()),
                        point == null ? "" : grouped(within.getOrDefault(year, Map.of()).getOrDefault(stage, 0L)),
                        point == null ? "" : grouped(point.compliantSchools()) + " / " + grouped(point.schoolCount()),
                        point == null ? "" : t("verdict." + point.verdict().key())));
            }
            shares.add(share);
        }
        byte[] chart = ReportCharts.lines(years, stages.stream().map(s -> t("stage." + s.key())).toList(), shares,
                t("report.trend.axis"));
        blocks.add(new ReportDocument.Figure(chart, ReportCharts.WIDTH_PT, ReportCharts.height(chart), t("report.trend.chart")));
        blocks.add(new ReportDocument.Table(null, List.of(t("report.column.year"), t("report.column.stage"),
                t("report.column.within"), t("report.column.compliant"), t("region.verdict")), rows, Set.of(2, 3), Set.of()));
    }

    // 三至六、政府保障程度、教育质量、社会认可度、否决与前提条件

    private void items(String dimension, DimensionAssessment assessed) {
        heading(1, t("report.section." + dimension));
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> failing = new TreeSet<>();
        for (int i = 0; i < assessed.items().size(); i++) {
            ItemAssessment item = assessed.items().get(i);
            rows.add(List.of(String.valueOf(item.number()), t("item." + dimension + "." + item.code()), result(item.pass()),
                    basis(item)));
            if (Boolean.FALSE.equals(item.pass())) {
                failing.add(i);
            }
        }
        blocks.add(new ReportDocument.Table(null, List.of(t("item.number"), t("item.name"), t("item.result"),
                t("report.column.basis")), rows, Set.of(), failing));
        if (dimension.equals("guarantee") && data.facts() != null && data.facts().evidence() != null
                && !data.facts().evidence().isBlank()) {
            paragraph(t("report.evidence", data.facts().evidence()));
        }
    }

    /** What an item was decided on: the failing schools and what they lack, or the county facts. */
    private String basis(ItemAssessment item) {
        if (!item.shortfalls().isEmpty()) {
            Map<String, List<String>> bySchool = new LinkedHashMap<>();
            for (Shortfall f : item.shortfalls()) {
                bySchool.computeIfAbsent(f.schoolName(), s -> new ArrayList<>()).add(shortfall(f));
            }
            return t("report.item.schools", grouped(bySchool.size())) + bySchool.entrySet().stream()
                    .map(e -> e.getKey() + t("report.colon") + String.join(t("report.list"), e.getValue()))
                    .collect(Collectors.joining(t("report.separator")));
        }
        if ("statistics".equals(item.source())) {
            return t("report.item.allSchools");
        }
        if (item.facts().isEmpty()) {
            return t("report.item.noFacts");
        }
        return item.facts().entrySet().stream().map(e -> fact(e.getKey(), e.getValue()))
                .collect(Collectors.joining(t("report.separator")));
    }

    private String shortfall(Shortfall f) {
        if (f.value() == null) {
            return t("shortfall." + f.measure() + ".missing", plain(f.required()));
        }
        return t("shortfall." + f.measure(), plain(f.value()), plain(f.required()));
    }

    private String fact(String key, BigDecimal value) {
        CountyFact fact = java.util.Arrays.stream(CountyFact.values()).filter(f -> f.key().equals(key)).findFirst().orElse(null);
        if (fact == null) {
            return key + " " + plain(value);
        }
        String name = english() ? fact.englishMeaning() : fact.chineseName();
        String shown = switch (fact.kind()) {
            case YES_NO -> value.signum() != 0 ? t("yes") : t("no");
            case PERCENT -> plain(value) + "%";
            case AMOUNT, COUNT -> plain(value);
        };
        return name + t("report.colon") + shown;
    }

    // 七、县域工作

    private void work() {
        heading(1, t("report.section.work"));
        ProgrammeSummary work = data.work();
        List<String> lines = new ArrayList<>();
        ItemAssessment rotation = data.county().guarantee().items().stream().filter(i -> i.code().equals("teacher_rotation"))
                .findFirst().orElse(null);
        if (rotation != null && rotation.facts().containsKey("rotation_rotated") && rotation.facts().containsKey("rotation_eligible")) {
            BigDecimal rotated = rotation.facts().get("rotation_rotated");
            BigDecimal eligible = rotation.facts().get("rotation_eligible");
            BigDecimal backbone = rotation.facts().getOrDefault("rotation_backbone", BigDecimal.ZERO);
            lines.add(t("report.work.rotation", plain(rotated), plain(eligible), percent(rotated.longValue(), eligible.longValue()),
                    plain(backbone), percent(backbone.longValue(), rotated.longValue())));
        }
        if (work != null) {
            for (String kind : List.of("support_teaching", "shadowing", "secondment", "rotation")) {
                long times = work.placementPersonTimes().getOrDefault(kind, 0L);
                if (times > 0) {
                    lines.add(t("report.work.placements." + kind, grouped(times),
                            grouped(work.placementPeople().getOrDefault(kind, 0L))));
                }
            }
            if (work.visits() > 0) {
                String byKind = work.visitsByKind().entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> activityKind(e.getKey()) + " " + grouped(e.getValue()))
                        .collect(Collectors.joining(t("report.list")));
                lines.add(t("report.work.visits", grouped(work.visits()), byKind, grouped(work.teachersReached())));
            }
            if (work.remoteClassrooms() > 0) {
                lines.add(t("report.work.classrooms", grouped(work.remoteClassrooms())));
            }
            if (work.studios().studios() > 0) {
                lines.add(t("report.work.studios", grouped(work.studios().studios()), grouped(work.studios().movedDown())));
            }
            if (work.needsRaised() > 0) {
                lines.add(t("report.work.needs", grouped(work.needsRaised()), grouped(work.needsAddressed()),
                        grouped(work.needsConfirmed())));
            }
            if (work.outcomes() > 0) {
                lines.add(t("report.work.outcomes", grouped(work.outcomes()),
                        grouped(work.outcomeCounts().firstAndSecondPrizes()), grouped(work.outcomeCounts().researchProjects())));
            }
            if (work.communities().communities() > 0) {
                lines.add(t("report.work.communities", grouped(work.communities().communities()),
                        grouped(work.communities().schoolsCovered()), grouped(work.communities().compulsorySchools())));
            }
        }
        if (lines.isEmpty()) {
            paragraph(t("report.work.none", String.valueOf(data.year())));
            return;
        }
        paragraph(t("report.work.intro", String.valueOf(data.year())));
        lines.forEach(this::paragraph);
    }

    private String activityKind(String key) {
        return org.junheng.registry.Labelled.parse(org.junheng.assistance.ActivityKind.class, key)
                .map(k -> k.nameIn(locale)).orElse(key);
    }

    // 附表

    private void annex() {
        blocks.add(new ReportDocument.PageBreak());
        heading(1, t("report.section.annex"));
        for (StageAssessment stage : data.county().stages()) {
            List<String> codes = stage.indicators().stream().map(IndicatorAssessment::code).toList();
            List<String> headers = new ArrayList<>(List.of(t("report.column.school"), t("report.column.students")));
            codes.forEach(code -> headers.add(t("indicator.short." + code) + "\n(" + t("report.column.standard") + " "
                    + indicator(code).standard(stage.stage()).map(CountyReport::plain).orElse("—") + ")"));
            headers.add(t("report.column.compliant"));
            List<List<String>> rows = new ArrayList<>();
            Set<Integer> failing = new TreeSet<>();
            for (SchoolStageAssessment school : data.schools()) {
                if (school.stage() != stage.stage() || school.excluded() != null) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(school.schoolName(), grouped(school.students())));
                for (String code : codes) {
                    Double v = school.values().get(code);
                    Boolean pass = school.passes().get(code);
                    String shown = value(v, indicator(code).standard(stage.stage()).orElse(null), pass);
                    row.add(Boolean.FALSE.equals(pass) ? shown + " ✗" : shown);
                }
                row.add(Boolean.TRUE.equals(school.compliant()) ? t("item.pass") : t("item.fail"));
                if (!Boolean.TRUE.equals(school.compliant())) {
                    failing.add(rows.size());
                }
                rows.add(row);
            }
            Set<Integer> numeric = new TreeSet<>();
            for (int c = 1; c <= codes.size() + 1; c++) {
                numeric.add(c);
            }
            blocks.add(new ReportDocument.Table(t("report.annex.table", t("stage." + stage.stage().key())), headers, rows,
                    numeric, failing));
        }
    }

    // figures as provinces print them

    private static DecimalFormat format(int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    static String grouped(long count) {
        return format(0).format(count);
    }

    /** A value with thousands separators, with as many decimals as it takes to agree with its standard. */
    static String value(Double value, BigDecimal standard, Boolean meets) {
        String shown = Shown.value(value, standard, meets);
        if (shown == null) {
            return "—";
        }
        BigDecimal exact = new BigDecimal(shown);
        return format(Math.max(exact.scale(), 0)).format(exact);
    }

    /** An amount to add: whole for teachers and rooms (rounded up), else 2 decimals. */
    static String amount(double amount, boolean whole) {
        return whole ? grouped((long) Math.ceil(amount - 1e-9)) : format(2).format(BigDecimal.valueOf(amount));
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return format(Math.max(stripped.scale(), 0)).format(stripped);
    }

    static String percent(long part, long whole) {
        if (whole == 0) {
            return "—";
        }
        return format(1).format(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN)) + "%";
    }
}
