package org.junheng.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.AssessmentService;
import org.junheng.assessment.CountyAssessment;
import org.junheng.assessment.SchoolStageAssessment;
import org.junheng.assistance.Assistance;
import org.junheng.registry.Registry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Writes the documents a bureau hands in from what the store holds: a county's self-assessment
 * report (the year's assessment under the county's profile, its county facts, the years kept for
 * the trend, the assistance records of the calendar year) and the province report. The whole
 * document is made in memory before anything is sent, so a failure never leaves half a file.
 */
@Service
public class Reports {

    /** A report that cannot be made as asked (no such year), naming what is missing. */
    public static class ReportRejected extends RuntimeException {
        ReportRejected(String message) {
            super(message);
        }
    }

    private final AssessmentService assessments;
    private final Assistance assistance;
    private final Registry registry;
    private final MessageSource messages;

    Reports(AssessmentService assessments, Assistance assistance, Registry registry, MessageSource messages) {
        this.assessments = assessments;
        this.assistance = assistance;
        this.registry = registry;
        this.messages = messages;
    }

    /**
     * The report of a county for a year.
     *
     * @param schoolCode for a school account, the only school whose details the report may show; else null
     * @throws ReportRejected when the county has no statistics for the year
     */
    public byte[] county(String countyCode, int year, ReportFormat format, Locale locale, String schoolCode) {
        AssessmentMethod method = AssessmentMethod.QUALITY_2017;
        Assessment assessment = assessments.assess(countyCode, year, method, null);
        if (assessment.counties().isEmpty()) {
            throw new ReportRejected("no statistics of county " + countyCode + " for " + year);
        }
        CountyAssessment county = assessment.counties().get(0);
        List<SchoolStageAssessment> schools = assessment.schools();
        if (schoolCode != null) {
            county = county.seenBy(schoolCode);
            schools = schools.stream().filter(s -> s.schoolCode().equals(schoolCode)).toList();
        }
        CountyReport.Data data = new CountyReport.Data(county, schools, method, year, LocalDate.now(),
                assessments.countyFacts(countyCode, year).get(countyCode), assessments.trend(countyCode, method),
                schoolCode != null ? null : assistance.regionSummary(countyCode, LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31)));
        return format.render(CountyReport.of(data, messages, locale));
    }

    /**
     * The report of every county of a province for a year.
     *
     * @throws ReportRejected when the province has no statistics for the year
     */
    public byte[] province(String provinceCode, int year, ReportFormat format, Locale locale) {
        Assessment assessment = assessments.assess(provinceCode, year, AssessmentMethod.QUALITY_2017, null);
        if (assessment.counties().isEmpty()) {
            throw new ReportRejected("no statistics of province " + provinceCode + " for " + year);
        }
        String name = registry.findRegion(provinceCode).map(org.junheng.registry.Region::name).orElse(provinceCode);
        return format.render(ProvinceReport.of(assessment, name, LocalDate.now(), messages, locale));
    }
}
