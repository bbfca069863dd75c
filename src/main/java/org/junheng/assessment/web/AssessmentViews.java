package org.junheng.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.CountyAssessment;
import org.junheng.assessment.DimensionAssessment;
import org.junheng.assessment.Grade;
import org.junheng.assessment.ResourceUnit;
import org.junheng.assessment.IndicatorAssessment;
import org.junheng.assessment.SchoolStageAssessment;
import org.junheng.assessment.Shown;
import org.junheng.assessment.StageAssessment;
import org.junheng.assessment.TrendPoint;
import org.junheng.registry.Stage;
import org.junheng.web.Charts;

/**
 * What the province, county and school pages show of an assessment: values coloured against their
 * standards, coefficients against their limits, and the options of the ECharts charts (plain maps,
 * written into the page as JSON).
 */
final class AssessmentViews {

    /** A coefficient this far over its limit (ratio) is shown as near; beyond, as far off. */
    static final double NEAR_LIMIT = 1.2;

    private AssessmentViews() {
    }

    static boolean english(Locale locale) {
        return Charts.english(locale);
    }

    /**
     * One difference coefficient, its limit and the engine's decision; {@code state} is meets, near or
     * far (or unknown when undefined).
     */
    record CoefficientCell(Stage stage, String indicator, Double cv, BigDecimal limit, boolean pass, String undefined) {

        static CoefficientCell of(Stage stage, IndicatorAssessment indicator) {
            return new CoefficientCell(stage, indicator.code(), indicator.cv(), indicator.cvLimit(), indicator.cvPass(),
                    indicator.cvUndefined());
        }

        /** The coefficient as shown: never on the wrong side of its limit. */
        public String shown() {
            return Shown.coefficient(cv, limit, pass);
        }

        Double ratio() {
            return cv == null || limit == null || limit.signum() == 0 ? null : cv / limit.doubleValue();
        }

        public String state() {
            Double ratio = ratio();
            if (ratio == null) {
                return "unknown";
            }
            return pass ? "meets" : ratio <= NEAR_LIMIT ? "near" : "far";
        }
    }

    /** A county on the province page: its verdict, its 14 coefficients and its compliant schools. */
    record CountyRow(CountyAssessment county, List<CoefficientCell> cells, int compliantSchools, int schools) {

        static CountyRow of(CountyAssessment county, List<Stage> stages, List<String> indicators) {
            List<CoefficientCell> cells = new ArrayList<>();
            for (Stage stage : stages) {
                StageAssessment assessed = county.stages().stream().filter(s -> s.stage() == stage).findFirst().orElse(null);
                for (String code : indicators) {
                    IndicatorAssessment indicator = assessed == null ? null : assessed.indicators().stream()
                            .filter(i -> i.code().equals(code)).findFirst().orElse(null);
                    cells.add(indicator == null ? new CoefficientCell(stage, code, null, null, false, "stage_absent")
                            : CoefficientCell.of(stage, indicator));
                }
            }
            return new CountyRow(county, cells, county.stages().stream().mapToInt(StageAssessment::compliantSchools).sum(),
                    county.stages().stream().mapToInt(StageAssessment::schoolCount).sum());
        }

        /**
         * How far the county is from the limits: its largest coefficient as a share of its limit (at most 1
         * when every coefficient is within); null when none is defined.
         */
        public Double distance() {
            return cells.stream().map(CoefficientCell::ratio).filter(Objects::nonNull).max(Double::compare).orElse(null);
        }

        public long coefficientsWithin() {
            return cells.stream().filter(c -> "meets".equals(c.state())).count();
        }
    }

    /**
     * One indicator value of a school-stage against the standard of the county's profile: it meets the
     * standard (as the engine decided), reaches the school rule's floor (near), or is below it.
     */
    record ValueCell(String indicator, Double value, BigDecimal standard, Boolean meets, Double gap, ResourceUnit unit,
                     Grade grade) {

        public String state() {
            return grade.key();
        }

        /** The value as shown: never on the wrong side of its standard. */
        public String shown() {
            return Shown.value(value, standard, standard == null ? null : Boolean.TRUE.equals(meets));
        }

        /** The value as a percentage of its standard, for the school chart. */
        public Double percentOfStandard() {
            return value == null || standard == null || standard.signum() == 0 ? null
                    : Math.round(value / standard.doubleValue() * 1000) / 10.0;
        }
    }

    /** A school-stage row of the county page. */
    record SchoolRow(SchoolStageAssessment school, List<ValueCell> cells) {

        /** @param method the method as the county's profile sets it: its standards and school rule */
        static SchoolRow of(SchoolStageAssessment school, AssessmentMethod method) {
            List<ValueCell> cells = method.indicators().stream().map(i -> {
                Double value = school.values() == null ? null : school.values().get(i.code());
                BigDecimal standard = i.standard(school.stage()).orElse(null);
                Boolean meets = school.passes() == null ? null : school.passes().get(i.code());
                return new ValueCell(i.code(), value, standard, meets,
                        school.gaps() == null ? null : school.gaps().get(i.code()), i.resource().unit(),
                        method.schoolRule().grade(value, standard, meets));
            }).toList();
            return new SchoolRow(school, cells);
        }

        public List<ValueCell> gaps() {
            return cells.stream().filter(c -> c.gap() != null && c.gap() > 0).toList();
        }
    }

    /** One stage of the county page: the coefficients, the school rows and the excluded school-stages. */
    record StageView(StageAssessment stage, List<CoefficientCell> coefficients, List<SchoolRow> schools,
                     List<SchoolStageAssessment> excluded) {

        /** Coefficients over their limits or undefined. */
        public long getCoefficientsFailing() {
            return stage.indicators().stream().filter(i -> !i.cvPass()).count();
        }
    }

    /** The county's dimensions besides resource allocation, in the order of the assessment method. */
    static Map<String, DimensionAssessment> dimensions(CountyAssessment county) {
        Map<String, DimensionAssessment> dimensions = new LinkedHashMap<>();
        dimensions.put("guarantee", county.guarantee());
        dimensions.put("quality", county.quality());
        dimensions.put("recognition", county.recognition());
        dimensions.put("veto", county.veto());
        return dimensions;
    }

    static List<StageView> stages(CountyAssessment county, List<SchoolStageAssessment> schools, AssessmentMethod method) {
        List<StageView> views = new ArrayList<>();
        for (StageAssessment stage : county.stages()) {
            List<SchoolStageAssessment> ofStage = schools.stream()
                    .filter(s -> s.stage() == stage.stage() && county.countyCode().equals(s.countyCode())).toList();
            views.add(new StageView(stage, stage.indicators().stream().map(i -> CoefficientCell.of(stage.stage(), i)).toList(),
                    ofStage.stream().filter(s -> s.excluded() == null).map(s -> SchoolRow.of(s, method)).toList(),
                    ofStage.stream().filter(s -> s.excluded() != null).toList()));
        }
        return views;
    }

    /** Counties as horizontal bars of their largest coefficient over its limit, with the limit as a line at 1. */
    static Map<String, Object> countiesChart(List<CountyRow> rows, Locale locale) {
        List<CountyRow> sorted = rows.stream().filter(r -> r.distance() != null)
                .sorted(Comparator.comparing(CountyRow::distance)).toList();
        List<Object> bars = sorted.stream().map(r -> (Object) Map.of("value", round(r.distance(), 3), "itemStyle",
                Map.of("color", r.distance() <= 1 ? "#2e7d32" : r.distance() <= NEAR_LIMIT ? "#ef6c00" : "#c62828"))).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 10, "right", 30, "top", 30, "bottom", 20, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "nameLocation", "middle", "nameGap", 25,
                "name", english(locale) ? "largest coefficient ÷ limit" : "最大差异系数÷限值"));
        option.put("yAxis", Map.of("type", "category", "data", sorted.stream().map(r -> r.county().countyName()).toList()));
        option.put("series", List.of(Map.of("type", "bar", "data", bars, "markLine", Map.of("symbol", "none",
                "lineStyle", Map.of("color", "#b00020", "type", "dashed"), "data", List.of(Map.of("xAxis", 1))))));
        return option;
    }

    /** Each coefficient of a stage as a bar, its limit as a dashed line. */
    static Map<String, Object> coefficientsChart(StageView stage, Function<String, String> names, Locale locale) {
        List<CoefficientCell> cells = stage.coefficients();
        Map<String, Object> option = Charts.axisChart(Map.of("top", 0));
        option.put("xAxis", Map.of("type", "category", "axisLabel", Map.of("interval", 0, "rotate", 30),
                "data", cells.stream().map(c -> names.apply(c.indicator())).toList()));
        option.put("yAxis", Map.of("type", "value"));
        List<Object> values = cells.stream().map(c -> (Object) Map.of("value", c.cv() == null ? "-" : round(c.cv(), 4),
                "itemStyle", Map.of("color", "meets".equals(c.state()) ? "#2e7d32" : "unknown".equals(c.state()) ? "#9e9e9e"
                        : "#c62828"))).toList();
        List<Object> limits = cells.stream().map(c -> (Object) (c.limit() == null ? "-" : c.limit())).toList();
        option.put("series", List.of(
                Map.of("name", english(locale) ? "difference coefficient" : "差异系数", "type", "bar", "data", values),
                Map.of("name", english(locale) ? "limit" : "限值", "type", "line", "step", "middle", "symbol", "none",
                        "lineStyle", Map.of("color", "#b00020", "type", "dashed"), "itemStyle", Map.of("color", "#b00020"),
                        "data", limits)));
        return option;
    }

    /** A stage's coefficients across the years, one line per indicator. */
    static Map<String, Object> trendChart(List<TrendPoint> points, Stage stage, Function<String, String> names,
                                          Locale locale) {
        List<TrendPoint> ofStage = points.stream().filter(p -> p.stage() == stage).toList();
        List<Integer> years = new ArrayList<>(ofStage.stream().map(TrendPoint::year).collect(Collectors.toCollection(TreeSet::new)));
        Map<String, Map<Integer, Double>> byIndicator = new LinkedHashMap<>();
        for (TrendPoint p : ofStage) {
            byIndicator.computeIfAbsent(p.indicator(), k -> new LinkedHashMap<>()).put(p.year(), p.cv());
        }
        List<Object> series = new ArrayList<>();
        byIndicator.forEach((code, values) -> series.add(Map.of("name", names.apply(code), "type", "line",
                "data", years.stream().map(y -> values.get(y) == null ? (Object) "-" : round(values.get(y), 4)).toList())));
        Map<String, Object> option = Charts.axisChart(Map.of("top", 0, "type", "scroll"));
        option.put("xAxis", Map.of("type", "category", "data", years.stream().map(String::valueOf).toList()));
        option.put("yAxis", Map.of("type", "value", "name", english(locale) ? "difference coefficient" : "差异系数"));
        option.put("series", series);
        return option;
    }

    /** One year of a stage's coefficients as shown, in the order of the method's indicators (null where undefined). */
    record TrendRow(int year, List<String> coefficients) {
    }

    /** The figures of the trend chart as table rows, oldest year first. */
    static List<TrendRow> trendRows(List<TrendPoint> points, Stage stage, List<String> indicators) {
        Map<Integer, Map<String, TrendPoint>> byYear = new java.util.TreeMap<>();
        points.stream().filter(p -> p.stage() == stage)
                .forEach(p -> byYear.computeIfAbsent(p.year(), y -> new java.util.HashMap<>()).put(p.indicator(), p));
        return byYear.entrySet().stream().map(e -> new TrendRow(e.getKey(), indicators.stream().map(code -> {
            TrendPoint point = e.getValue().get(code);
            return point == null ? null : Shown.coefficient(point.cv(), point.cvLimit(), point.cvPass());
        }).toList())).toList();
    }

    /** A school's indicators as a percentage of their standards, per stage, with lines at 100% and 85%. */
    static Map<String, Object> schoolChart(List<SchoolRow> rows, Function<String, String> names, Locale locale) {
        List<String> codes = rows.isEmpty() ? List.of() : rows.get(0).cells().stream().map(ValueCell::indicator).toList();
        List<Object> series = new ArrayList<>();
        for (SchoolRow row : rows) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", row.school().stage().nameIn(locale));
            s.put("type", "bar");
            s.put("data", row.cells().stream().map(c -> c.percentOfStandard() == null ? (Object) "-" : c.percentOfStandard()).toList());
            if (series.isEmpty()) {
                s.put("markLine", Map.of("symbol", "none", "data", List.of(
                        Map.of("yAxis", 100, "lineStyle", Map.of("color", "#2e7d32", "type", "dashed")),
                        Map.of("yAxis", 85, "lineStyle", Map.of("color", "#b00020", "type", "dashed")))));
            }
            series.add(s);
        }
        Map<String, Object> option = Charts.axisChart(Map.of("top", 0));
        option.put("xAxis", Map.of("type", "category", "axisLabel", Map.of("interval", 0, "rotate", 30),
                "data", codes.stream().map(names).toList()));
        option.put("yAxis", Map.of("type", "value", "name", english(locale) ? "% of standard" : "达标率（%）"));
        option.put("series", series);
        return option;
    }

    private static double round(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
