package org.junheng.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junheng.assessment.Assessment;
import org.junheng.assessment.CountyAssessment;
import org.junheng.assessment.DimensionAssessment;
import org.junheng.assessment.IndicatorAssessment;
import org.junheng.assessment.StageAssessment;
import org.junheng.assessment.Verdict;
import org.springframework.context.MessageSource;

/**
 * The province report: every county's verdict and dimensions, how many of its coefficients are over
 * their limits and how many schools are compliant, and the counties nearest to and furthest from the
 * standard — nearest being those whose largest coefficient is the smallest share over its limit.
 */
public final class ProvinceReport {

    private static final int SHOWN = 5;

    private final Assessment assessment;
    private final String provinceName;
    private final MessageSource messages;
    private final Locale locale;

    private ProvinceReport(Assessment assessment, String provinceName, MessageSource messages, Locale locale) {
        this.assessment = assessment;
        this.provinceName = provinceName;
        this.messages = messages;
        this.locale = locale;
    }

    public static ReportDocument of(Assessment assessment, String provinceName, LocalDate generatedOn, MessageSource messages,
                                    Locale locale) {
        return new ProvinceReport(assessment, provinceName, messages, locale).build(generatedOn);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The county's largest coefficient as a share of its limit; null when none is defined. */
    static Double distance(CountyAssessment county) {
        Double largest = null;
        for (StageAssessment stage : county.stages()) {
            for (IndicatorAssessment indicator : stage.indicators()) {
                if (indicator.cv() == null || indicator.cvLimit() == null || indicator.cvLimit().signum() == 0) {
                    continue;
                }
                double ratio = indicator.cv() / indicator.cvLimit().doubleValue();
                largest = largest == null ? ratio : Math.max(largest, ratio);
            }
        }
        return largest;
    }

    private ReportDocument build(LocalDate generatedOn) {
        String year = String.valueOf(assessment.year());
        String title = t("report.province.title", provinceName, year);
        List<ReportDocument.Block> blocks = new ArrayList<>();
        blocks.add(new ReportDocument.Contents(t("report.contents")));
        List<CountyAssessment> counties = assessment.counties();
        long met = counties.stream().filter(c -> c.verdict() == Verdict.MET).count();
        long incomplete = counties.stream().filter(c -> c.verdict() == Verdict.INCOMPLETE).count();
        blocks.add(new ReportDocument.Heading(1, t("report.province.section.summary")));
        blocks.add(new ReportDocument.Paragraph(t("report.province.summary", provinceName, year,
                CountyReport.grouped(counties.size()), CountyReport.grouped(met), CountyReport.grouped(incomplete),
                CountyReport.grouped(counties.size() - met - incomplete))));

        blocks.add(new ReportDocument.Heading(1, t("report.province.section.counties")));
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> notMet = new TreeSet<>();
        for (CountyAssessment county : counties) {
            if (county.verdict() != Verdict.MET) {
                notMet.add(rows.size());
            }
            rows.add(countyRow(county));
        }
        blocks.add(new ReportDocument.Table(null, List.of(t("report.province.column.county"), t("region.verdict"),
                t("report.dimension.resources"), t("dimension.guarantee"), t("dimension.quality"), t("dimension.recognition"),
                t("report.province.column.over"), t("report.column.compliant"), t("report.province.column.distance")), rows,
                Set.of(6, 7, 8), notMet));

        List<CountyAssessment> ranked = counties.stream().filter(c -> c.verdict() != Verdict.MET && distance(c) != null)
                .sorted(Comparator.comparingDouble(ProvinceReport::distance)).toList();
        if (!ranked.isEmpty()) {
            blocks.add(new ReportDocument.Heading(1, t("report.province.section.nearest")));
            blocks.add(new ReportDocument.Paragraph(t("report.province.nearest.explained")));
            blocks.add(ranking(ranked.subList(0, Math.min(SHOWN, ranked.size())), t("report.province.nearest")));
            List<CountyAssessment> furthest = new ArrayList<>(ranked.subList(Math.max(0, ranked.size() - SHOWN), ranked.size()));
            java.util.Collections.reverse(furthest);
            blocks.add(ranking(furthest, t("report.province.furthest")));
        }
        List<String> cover = List.of(title, t("report.county.year", year), t("report.county.date", generatedOn.toString()),
                t("report.county.by"));
        return new ReportDocument(title, cover, blocks);
    }

    private List<String> countyRow(CountyAssessment county) {
        long over = county.stages().stream().flatMap(s -> s.indicators().stream()).filter(i -> !i.cvPass()).count();
        int compliant = county.stages().stream().mapToInt(StageAssessment::compliantSchools).sum();
        int schools = county.stages().stream().mapToInt(StageAssessment::schoolCount).sum();
        Double distance = distance(county);
        return List.of(county.countyName(), t("verdict." + county.verdict().key()), result(county.resourcePass()),
                result(county.guarantee()), result(county.quality()), result(county.recognition()), CountyReport.grouped(over),
                CountyReport.grouped(compliant) + " / " + CountyReport.grouped(schools),
                distance == null ? "—" : CountyReport.percent(Math.round(distance * 1000), 1000));
    }

    private ReportDocument.Table ranking(List<CountyAssessment> counties, String caption) {
        List<List<String>> rows = counties.stream().map(this::countyRow).map(r -> List.of(r.get(0), r.get(8), r.get(6),
                r.get(7))).toList();
        return new ReportDocument.Table(caption, List.of(t("report.province.column.county"),
                t("report.province.column.distance"), t("report.province.column.over"), t("report.column.compliant")), rows,
                Set.of(1, 2, 3), Set.of());
    }

    private String result(Boolean pass) {
        return pass == null ? t("item.unknown") : pass ? t("item.pass") : t("item.fail");
    }

    private String result(DimensionAssessment dimension) {
        return result(dimension.pass());
    }
}
