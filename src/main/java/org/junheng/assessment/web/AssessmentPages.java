package org.junheng.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.AssessmentService;
import org.junheng.assessment.CountyAssessment;
import org.junheng.assessment.Indicator;
import org.junheng.assessment.Profile;
import org.junheng.assessment.SchoolStageAssessment;
import org.junheng.assessment.TrendPoint;
import org.junheng.importing.Column;
import org.junheng.importing.ImportType;
import org.junheng.registry.Region;
import org.junheng.registry.RegionCode;
import org.junheng.registry.RegionLevel;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.Stage;
import org.junheng.security.RegionSwitcher;
import org.junheng.security.Visibility;
import org.junheng.web.BadParameterException;
import org.junheng.web.Derived;
import org.junheng.web.NotFoundException;
import org.junheng.web.PageController;
import org.junheng.web.PageKey;
import org.junheng.web.SchoolPageModel;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a region stands against the quality-balance standard: the province page (every county with
 * its verdict and coefficients), the county page (every school-stage against the standards, the
 * coefficients against their limits, the proposals, the trend) and the school page (its indicators,
 * their history, its programmes). All figures come from the assessment engine.
 */
@PageController
class AssessmentPages {

    private static final AssessmentMethod METHOD = AssessmentMethod.QUALITY_2017;
    private static final List<Stage> STAGES = List.of(Stage.PRIMARY, Stage.JUNIOR);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AssessmentService assessments;
    private final Registry registry;
    private final Visibility visibility;
    private final RegionSwitcher switcher;
    private final List<SchoolPageModel> schoolParts;
    private final MessageSource messages;

    AssessmentPages(AssessmentService assessments, Registry registry, Visibility visibility, RegionSwitcher switcher,
                    List<SchoolPageModel> schoolParts, MessageSource messages) {
        this.messages = messages;
        this.assessments = assessments;
        this.registry = registry;
        this.visibility = visibility;
        this.switcher = switcher;
        this.schoolParts = schoolParts;
    }

    @GetMapping("/provinces/{code}")
    String province(@PathVariable String code, @RequestParam(required = false) Integer year, Model model, Locale locale) {
        model.addAttribute("profile", assessments.profileOf(code));
        Region region = region(code);
        if (region.level() == RegionLevel.COUNTY) {
            return "redirect:/counties/" + region.code();
        }
        model.addAttribute("region", region);
        model.addAttribute("switcher", switcher.at(new RegionCode(region.code()).province(), null, null));
        Integer assessed = year(year, registry.statisticsYears(), model);
        if (assessed == null) {
            return "province";
        }
        Assessment assessment = assessments.assess(region.code(), assessed, METHOD, null);
        List<AssessmentViews.CountyRow> rows = assessment.counties().stream()
                .map(c -> AssessmentViews.CountyRow.of(c, STAGES, indicatorCodes())).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("met", assessment.counties().stream().filter(c -> c.verdict().key().equals("met")).count());
        model.addAttribute("stages", STAGES);
        model.addAttribute("indicators", METHOD.indicators());
        model.addAttribute("countiesChart", json(AssessmentViews.countiesChart(rows, locale)));
        return "province";
    }

    /** What the reader asked of one stage's school table: search text, sort column and direction, page. */
    record TableRequest(String stage, String q, String sort, String dir, Integer page, Integer size) {

        SchoolTable of(AssessmentViews.StageView view) {
            boolean asked = view.stage().stage().key().equals(stage);
            return SchoolTable.of(view.stage().stage(), view.schools(), asked ? q : null, asked ? sort : null,
                    asked && "desc".equals(dir), asked && page != null ? page : 0, asked ? size : null);
        }
    }

    @GetMapping("/counties/{code}")
    String county(@PathVariable String code, @RequestParam(required = false) Integer year, TableRequest table, Model model,
                  Locale locale) {
        model.addAttribute("profile", assessments.profileOf(code));
        Region region = region(code);
        if (region.level() != RegionLevel.COUNTY) {
            return "redirect:/provinces/" + region.code();
        }
        countyModel(region, year, table, model, locale);
        model.addAttribute("pageKey", PageKey.of(model));
        return "county";
    }

    private void countyModel(Region region, Integer year, TableRequest table, Model model, Locale locale) {
        model.addAttribute("region", region);
        model.addAttribute("switcher", switcher.at(new RegionCode(region.code()).province(), region.code(), null));
        Integer assessed = year(year, registry.statisticsYears(), model);
        if (assessed == null) {
            return;
        }
        Assessment assessment = assessments.assess(region.code(), assessed, METHOD, null).seenBy(visibility.ownSchool());
        if (assessment.counties().isEmpty()) {
            return;
        }
        CountyAssessment county = assessment.counties().get(0);
        AssessmentMethod profiled = assessments.profileOf(county.countyCode()).apply(METHOD);
        List<TrendPoint> trend = assessments.trend(region.code(), METHOD);
        // the figures the page shows come from these; the rest is worked out from them when the page is rendered
        model.addAttribute("county", county);
        model.addAttribute("assessedSchools", assessment.schools());
        model.addAttribute("trend", trend);
        Derived<List<AssessmentViews.StageView>> stages = Derived.of(() -> AssessmentViews.stages(county, assessment.schools(),
                profiled));
        model.addAttribute("stages", stages);
        model.addAttribute("schoolTables", Derived.of(() -> stages.get().stream()
                .collect(Collectors.toMap(v -> v.stage().stage(), table::of))));
        model.addAttribute("dimensions", Derived.of(() -> AssessmentViews.dimensions(county)));
        model.addAttribute("factNames", Derived.of(() -> ImportType.COUNTY_FACTS.columns().stream().collect(Collectors.toMap(
                Column::key, c -> AssessmentViews.english(locale) ? c.meaningEn() : c.chineseHeader()))));
        model.addAttribute("factValues", new FactValues(locale));
        model.addAttribute("quantities", new Quantities(locale));
        model.addAttribute("indicators", METHOD.indicators());
        model.addAttribute("coefficientCharts", Derived.of(() -> {
            Map<Stage, String> charts = new LinkedHashMap<>();
            stages.get().forEach(s -> charts.put(s.stage().stage(), json(AssessmentViews.coefficientsChart(s, names(locale), locale))));
            return charts;
        }));
        if (trend.stream().map(TrendPoint::year).distinct().count() > 1) {
            model.addAttribute("trendCharts", Derived.of(() -> {
                Map<Stage, String> charts = new LinkedHashMap<>();
                stages.get().forEach(s -> charts.put(s.stage().stage(), json(AssessmentViews.trendChart(trend, s.stage().stage(),
                        names(locale), locale))));
                return charts;
            }));
            model.addAttribute("trendRows", Derived.of(() -> {
                Map<Stage, List<AssessmentViews.TrendRow>> rows = new LinkedHashMap<>();
                stages.get().forEach(s -> rows.put(s.stage().stage(), AssessmentViews.trendRows(trend, s.stage().stage(),
                        indicatorCodes())));
                return rows;
            }));
        }
    }

    /**
     * One page of a stage's school table, searched and sorted, for htmx to swap into the county page; a
     * browser without it is sent to the county page, which shows the same page of the table.
     */
    @GetMapping("/counties/{code}/schools")
    String schoolTable(@PathVariable String code, @RequestParam(required = false) Integer year, TableRequest table,
                       @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (htmx == null) {
            return "redirect:" + ServletUriComponentsBuilder.fromCurrentRequest()
                    .replacePath("/counties/" + code).build().toUriString();
        }
        Region region = region(code);
        Integer assessed = year(year, registry.statisticsYears(), model);
        if (assessed == null) {
            throw new NotFoundException("statistics", code);
        }
        Assessment assessment = assessments.assess(region.code(), assessed, METHOD, null).seenBy(visibility.ownSchool());
        CountyAssessment county = assessment.counties().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("county", code));
        AssessmentViews.StageView view = AssessmentViews.stages(county, assessment.schools(),
                        assessments.profileOf(county.countyCode()).apply(METHOD)).stream()
                .filter(v -> v.stage().stage().key().equals(table.stage())).findFirst()
                .orElseThrow(() -> new BadParameterException("stage", String.valueOf(table.stage())));
        model.addAttribute("region", region);
        model.addAttribute("indicators", METHOD.indicators());
        model.addAttribute("quantities", new Quantities(LocaleContextHolder.getLocale()));
        model.addAttribute("t", table.of(view));
        return "county-schools :: table";
    }

    /** One year of a school's assessed stages. */
    record SchoolYearRows(int year, List<AssessmentViews.SchoolRow> rows, List<SchoolStageAssessment> excluded) {
    }

    @GetMapping("/schools/{code}")
    String school(@PathVariable String code, @RequestParam(required = false) Integer year, Model model, Locale locale) {
        School school = visibility.school(code);
        Profile profile = assessments.profileOf(school.countyCode());
        AssessmentMethod profiled = profile.apply(METHOD);
        model.addAttribute("profile", profile);
        model.addAttribute("quantities", new Quantities(locale));
        model.addAttribute("school", school);
        model.addAttribute("county", registry.findRegion(school.countyCode()).orElse(null));
        model.addAttribute("switcher", switcher.at(new RegionCode(school.countyCode()).province(), school.countyCode(), code));
        schoolParts.forEach(part -> part.addTo(model, code));
        model.addAttribute("indicators", profiled.indicators());
        List<Integer> years = registry.statisticsYears();
        Integer assessed = year(year, years, model);
        if (assessed == null) {
            return "school";
        }
        List<SchoolYearRows> history = new ArrayList<>();
        for (Integer y : years) {
            List<SchoolStageAssessment> stages = assessments.assess(school.countyCode(), y, METHOD, null)
                    .schools().stream().filter(s -> s.schoolCode().equals(code)).toList();
            if (!stages.isEmpty()) {
                history.add(new SchoolYearRows(y, stages.stream().filter(s -> s.excluded() == null)
                        .map(s -> AssessmentViews.SchoolRow.of(s, profiled)).toList(),
                        stages.stream().filter(s -> s.excluded() != null).toList()));
            }
        }
        history.stream().filter(h -> h.year() == assessed).findFirst().ifPresent(current -> {
            model.addAttribute("current", current);
            if (!current.rows().isEmpty()) {
                model.addAttribute("schoolChart", json(AssessmentViews.schoolChart(current.rows(), names(locale), locale)));
            }
        });
        model.addAttribute("history", history);
        return "school";
    }

    private Region region(String code) {
        String visible = visibility.region("region", code);
        return registry.findRegion(visible).orElseThrow(() -> new NotFoundException("region", code));
    }

    /** The year asked for, else the latest with statistics; null (and a page saying so) when there is none. */
    private static Integer year(Integer requested, List<Integer> years, Model model) {
        model.addAttribute("years", years);
        if (years.isEmpty()) {
            return null;
        }
        int year = requested != null && years.contains(requested) ? requested : java.util.Collections.max(years);
        model.addAttribute("year", year);
        return year;
    }

    /** The indicators' short names, for chart axes and legends. */
    private Function<String, String> names(Locale locale) {
        return code -> messages.getMessage("indicator.short." + code, null, code, locale);
    }

    private static List<String> indicatorCodes() {
        return METHOD.indicators().stream().map(Indicator::code).toList();
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
