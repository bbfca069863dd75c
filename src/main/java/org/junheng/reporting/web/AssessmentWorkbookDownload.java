package org.junheng.reporting.web;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.AssessmentService;
import org.junheng.reporting.AssessmentWorkbook;
import org.junheng.security.Visibility;
import org.junheng.web.NotFoundException;
import org.junheng.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The assessment workbook a county or province page links to, as the reader sees the assessment. */
@PageController
class AssessmentWorkbookDownload {

    private static final AssessmentMethod METHOD = AssessmentMethod.QUALITY_2017;

    private final AssessmentService assessments;
    private final Visibility visibility;

    AssessmentWorkbookDownload(AssessmentService assessments, Visibility visibility) {
        this.assessments = assessments;
        this.visibility = visibility;
    }

    @GetMapping({"/counties/{code}/assessment.xlsx", "/provinces/{code}/assessment.xlsx"})
    void workbook(@PathVariable String code, @RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        String region = visibility.region("region", code);
        int assessed = year != null ? year : assessments.latestYear()
                .orElseThrow(() -> new NotFoundException("statistics", "any year"));
        Assessment assessment = assessments.assess(region, assessed, METHOD, null).seenBy(visibility.ownSchool());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"assessment-" + region + "-" + assessed + ".xlsx\"");
        try (OutputStream out = response.getOutputStream()) {
            AssessmentWorkbook.write(assessment, out);
        }
    }
}
