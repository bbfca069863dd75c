package org.junheng.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junheng.registry.Region;
import org.junheng.registry.Registry;
import org.junheng.reporting.CountyReports;
import org.junheng.reporting.ReportFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Documents to hand in: the county self-assessment report in Word or PDF, scoped like the assessment. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

    private final CountyReports reports;
    private final Registry registry;
    private final Visibility visibility;

    ReportController(CountyReports reports, Registry registry, Visibility visibility) {
        this.reports = reports;
        this.registry = registry;
        this.visibility = visibility;
    }

    @GetMapping("/county")
    ResponseEntity<byte[]> county(@RequestParam String county, @RequestParam(required = false) Integer year,
                                  @RequestParam(defaultValue = "pdf") String format, Locale locale) {
        ReportFormat document = ReportFormat.fromKey(format).orElseThrow(() -> new BadParameterException("format", format));
        String code = visibility.region("county", county);
        Region region = registry.findRegion(code).filter(r -> r.level() == org.junheng.registry.RegionLevel.COUNTY)
                .orElseThrow(() -> new NotFoundException("county", county));
        int assessed = year != null ? year : registry.statisticsYears().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("statistics", county));
        if (!reports.hasYear(assessed)) {
            throw new NotFoundException("statistics of " + assessed, county);
        }
        byte[] body = reports.county(code, assessed, document, locale, visibility.ownSchool());
        String name = region.name() + "-" + ("en".equals(locale.getLanguage()) ? "self-assessment" : "自评报告") + "-"
                + assessed + "." + document.extension();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(MediaType.parseMediaType(document.mediaType())).body(body);
    }
}
