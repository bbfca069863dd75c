package org.junheng.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junheng.registry.Region;
import org.junheng.registry.Registry;
import org.junheng.reporting.ReportFormat;
import org.junheng.reporting.Reports;
import org.junheng.security.Visibility;
import org.junheng.web.BadParameterException;
import org.junheng.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents to hand in, in Word or PDF: the county self-assessment report, scoped like the
 * assessment, and the province report, for those whose scope holds the whole province.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

    private final Reports reports;
    private final Registry registry;
    private final Visibility visibility;

    ReportController(Reports reports, Registry registry, Visibility visibility) {
        this.reports = reports;
        this.registry = registry;
        this.visibility = visibility;
    }

    @GetMapping("/county")
    ResponseEntity<byte[]> county(@RequestParam String county, @RequestParam(required = false) Integer year,
                                  @RequestParam(defaultValue = "pdf") String format, Locale locale) {
        ReportFormat document = format(format);
        String code = visibility.region("county", county);
        Region region = registry.findRegion(code).filter(r -> r.level() == org.junheng.registry.RegionLevel.COUNTY)
                .orElseThrow(() -> new NotFoundException("county", county));
        int assessed = yearOrLatest(year, county);
        byte[] body = reports.county(code, assessed, document, locale, visibility.ownSchool());
        return attachment(region.name() + "-" + ("en".equals(locale.getLanguage()) ? "self-assessment" : "自评报告") + "-"
                + assessed, document, body);
    }

    @GetMapping("/province")
    ResponseEntity<byte[]> province(@RequestParam String province, @RequestParam(required = false) Integer year,
                                    @RequestParam(defaultValue = "pdf") String format, Locale locale) {
        ReportFormat document = format(format);
        // a caller whose scope is narrower than the province sees no province report: the counties of others are in it
        if (!province.equals(visibility.region("province", province))) {
            throw new NotFoundException("province", province);
        }
        Region region = registry.findRegion(province).filter(r -> r.level() == org.junheng.registry.RegionLevel.PROVINCE)
                .orElseThrow(() -> new NotFoundException("province", province));
        int assessed = yearOrLatest(year, province);
        byte[] body = reports.province(province, assessed, document, locale);
        return attachment(region.name() + "-" + ("en".equals(locale.getLanguage()) ? "counties" : "县域评估报告") + "-"
                + assessed, document, body);
    }

    private static ReportFormat format(String format) {
        return ReportFormat.fromKey(format).orElseThrow(() -> new BadParameterException("format", format));
    }

    /** The year asked for (a region without statistics that year is refused by the report itself), or the latest. */
    private int yearOrLatest(Integer year, String region) {
        return year != null ? year : registry.statisticsYears().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("statistics", region));
    }

    private static ResponseEntity<byte[]> attachment(String name, ReportFormat document, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + document.extension(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(document.mediaType())).body(body);
    }
}
