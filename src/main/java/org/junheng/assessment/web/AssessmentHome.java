package org.junheng.assessment.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.AssessmentService;
import org.junheng.assessment.CountyAssessment;
import org.junheng.assessment.DimensionAssessment;
import org.junheng.assessment.SchoolStageAssessment;
import org.junheng.assessment.VerdictCount;
import org.junheng.registry.RegionCode;
import org.junheng.registry.RegionLevel;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.Stage;
import org.junheng.web.HomePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The assessment on the home page, for the region or school the person looks after, in the latest
 * statistics year: a province's counties meeting the standard, the dimensions that hold the others back,
 * how that changed over the years and the counties furthest from it; a county's verdict and the
 * school-stages below the school rule; a school's own stages.
 */
@Component
@Order(10)
class AssessmentHome implements HomePanel {

    private static final AssessmentMethod METHOD = AssessmentMethod.QUALITY_2017;
    private static final List<Stage> STAGES = List.of(Stage.PRIMARY, Stage.JUNIOR);
    /** The years of the trend: enough to see a direction. */
    private static final int TREND_YEARS = 5;
    private static final int LISTED = 8;

    private final AssessmentService assessments;
    private final Registry registry;

    AssessmentHome(AssessmentService assessments, Registry registry) {
        this.assessments = assessments;
        this.registry = registry;
    }

    /** A dimension of the standard and how many counties fail it. */
    record DimensionCount(String dimension, long counties) {
    }

    /** A school-stage below the school rule: the indicators it misses. */
    record FailingSchool(SchoolStageAssessment school, long indicatorsMissed) {
    }

    @Override
    public Optional<String> addTo(Model model, Viewer viewer, Locale locale) {
        Optional<Integer> latest = assessments.latestYear();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        int year = latest.get();
        model.addAttribute("homeYear", year);
        if (viewer.isSchool()) {
            return school(model, viewer.schoolCode(), year);
        }
        String region = viewer.regionCode();
        if (region != null && new RegionCode(region).level() == RegionLevel.COUNTY) {
            return county(model, region, year);
        }
        return region(model, region, year);
    }

    private Optional<String> school(Model model, String code, int year) {
        School school = registry.findSchool(code).orElse(null);
        if (school == null) {
            return Optional.empty();
        }
        AssessmentMethod profiled = assessments.profileOf(school.countyCode()).apply(METHOD);
        List<AssessmentViews.SchoolRow> rows = assessments.assess(school.countyCode(), year, METHOD, null).schools().stream()
                .filter(s -> s.schoolCode().equals(code) && s.excluded() == null)
                .map(s -> AssessmentViews.SchoolRow.of(s, profiled)).toList();
        model.addAttribute("homeSchool", school);
        model.addAttribute("homeSchoolRows", rows);
        model.addAttribute("homeIndicators", profiled.indicators());
        return Optional.of("home-panels :: schoolAssessment");
    }

    private Optional<String> county(Model model, String code, int year) {
        Assessment assessment = assessments.assess(code, year, METHOD, null);
        if (assessment.counties().isEmpty()) {
            return Optional.empty();
        }
        CountyAssessment county = assessment.counties().get(0);
        List<SchoolStageAssessment> assessed = assessment.schools().stream().filter(s -> s.excluded() == null).toList();
        List<FailingSchool> failing = assessed.stream().filter(s -> Boolean.FALSE.equals(s.compliant()))
                .map(s -> new FailingSchool(s, s.passes().values().stream().filter(Boolean.FALSE::equals).count()))
                .sorted(Comparator.comparingLong(FailingSchool::indicatorsMissed).reversed()
                        .thenComparing(f -> f.school().schoolCode()))
                .toList();
        model.addAttribute("homeCounty", county);
        model.addAttribute("homeCountyRow", AssessmentViews.CountyRow.of(county, STAGES, indicatorCodes()));
        model.addAttribute("homeFailingSchools", failing.stream().limit(LISTED).toList());
        model.addAttribute("homeFailingCount", failing.size());
        model.addAttribute("homeFailingDimensions", failingDimensions(county));
        return Optional.of("home-panels :: countyAssessment");
    }

    private Optional<String> region(Model model, String region, int year) {
        Assessment assessment = assessments.assess(region, year, METHOD, null);
        List<CountyAssessment> counties = assessment.counties();
        if (counties.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> verdicts = new LinkedHashMap<>();
        for (String verdict : List.of("met", "not_met", "incomplete")) {
            verdicts.put(verdict, counties.stream().filter(c -> c.verdict().key().equals(verdict)).count());
        }
        List<DimensionCount> dimensions = new ArrayList<>();
        for (String dimension : List.of("resources", "guarantee", "quality", "recognition", "veto")) {
            dimensions.add(new DimensionCount(dimension, counties.stream()
                    .filter(c -> failingDimensions(c).contains(dimension)).count()));
        }
        List<AssessmentViews.CountyRow> furthest = counties.stream().filter(c -> !c.verdict().key().equals("met"))
                .map(c -> AssessmentViews.CountyRow.of(c, STAGES, indicatorCodes()))
                .sorted(Comparator.comparingInt((AssessmentViews.CountyRow r) -> failingDimensions(r.county()).size())
                        .thenComparingDouble(r -> r.distance() == null ? 0 : r.distance())
                        .thenComparingInt(r -> r.schools() - r.compliantSchools()).reversed())
                .limit(LISTED).toList();
        model.addAttribute("homeRegion", region == null ? null : registry.findRegion(region).orElse(null));
        model.addAttribute("homeCounties", counties.size());
        model.addAttribute("homeVerdicts", verdicts);
        model.addAttribute("homeDimensions", dimensions);
        model.addAttribute("homeFurthest", furthest);
        model.addAttribute("homeFailingDimensionsOf", furthest.stream().collect(java.util.stream.Collectors.toMap(
                r -> r.county().countyCode(), r -> failingDimensions(r.county()))));
        model.addAttribute("homeTrend", trend(region, year));
        return Optional.of("home-panels :: regionAssessment");
    }

    /** The last years' counts of counties meeting the standard, from the kept results (no assessment per visit). */
    private List<VerdictCount> trend(String region, int latest) {
        List<VerdictCount> kept = assessments.verdictCounts(region, METHOD).stream().filter(c -> c.year() <= latest).toList();
        return kept.subList(Math.max(0, kept.size() - TREND_YEARS), kept.size());
    }

    /** The dimensions a county does not meet (by their message keys), in the order of the standard. */
    static List<String> failingDimensions(CountyAssessment county) {
        List<String> failing = new ArrayList<>();
        if (!county.resourcePass()) {
            failing.add("resources");
        }
        addIfFailed(failing, "guarantee", county.guarantee());
        addIfFailed(failing, "quality", county.quality());
        addIfFailed(failing, "recognition", county.recognition());
        addIfFailed(failing, "veto", county.veto());
        return failing;
    }

    private static void addIfFailed(List<String> failing, String key, DimensionAssessment dimension) {
        if (dimension != null && Boolean.FALSE.equals(dimension.pass())) {
            failing.add(key);
        }
    }

    private static List<String> indicatorCodes() {
        return METHOD.indicators().stream().map(i -> i.code()).toList();
    }
}
