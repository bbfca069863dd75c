package org.junheng.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.junheng.assistance.Assistance;
import org.junheng.assistance.Programme;
import org.junheng.assistance.ProgrammeSummary;
import org.junheng.registry.Region;
import org.junheng.registry.Registry;
import org.junheng.reporting.ExperienceSummary;
import org.junheng.reporting.ReportFormat;
import org.junheng.security.Visibility;
import org.junheng.web.BadParameterException;
import org.junheng.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Experience summaries 经验总结 of a programme or of a region's programmes, as HTML, XLSX, DOCX or PDF. */
@RestController
@RequestMapping("/api/v1")
class ExperienceSummaryController {

    private final Assistance assistance;
    private final Visibility visibility;
    private final Registry registry;

    ExperienceSummaryController(Assistance assistance, Visibility visibility, Registry registry) {
        this.assistance = assistance;
        this.visibility = visibility;
        this.registry = registry;
    }

    /** The experience summary 经验总结 of a programme for a period, as HTML or XLSX, in the request's language. */
    @GetMapping("/programmes/{id}/experience-summary")
    ResponseEntity<byte[]> experienceSummary(@PathVariable long id, @RequestParam(defaultValue = "html") String format,
                                             @RequestParam(required = false) LocalDate from,
                                             @RequestParam(required = false) LocalDate to, Locale locale) throws IOException {
        Programme programme = assistance.programme(id)
                .filter(p -> visibility.seesParticipation(p.ownerRegion(), p.schoolCodes()))
                .orElseThrow(() -> new NotFoundException("programme", String.valueOf(id)));
        return experienceSummary(new ExperienceSummary(programme.name(), assistance.summary(id, from, to), from, to, locale),
                format, "programme-" + id);
    }

    /** The experience summary of every programme of a region within the caller's scope, for a period. */
    @GetMapping("/summary/experience")
    ResponseEntity<byte[]> regionExperienceSummary(@RequestParam(required = false) String region,
                                                   @RequestParam(defaultValue = "html") String format,
                                                   @RequestParam(required = false) LocalDate from,
                                                   @RequestParam(required = false) LocalDate to, Locale locale)
            throws IOException {
        visibility.bureausOnly("summaries are for education bureaus");
        String code = visibility.region("region", region);
        ProgrammeSummary figures = assistance.regionSummary(code, from, to);
        String name = code == null ? ("en".equals(locale.getLanguage()) ? "All regions" : "全部地区")
                : registry.findRegion(code).map(Region::name).orElse(code);
        return experienceSummary(new ExperienceSummary(name, figures, from, to, locale), format,
                "region-" + (code == null ? "all" : code));
    }

    private static ResponseEntity<byte[]> experienceSummary(ExperienceSummary summary, String format, String name)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MediaType type;
        switch (format) {
            case "html" -> {
                Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                summary.writeHtml(writer);
                type = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
            }
            case "xlsx" -> {
                summary.writeXlsx(bytes);
                type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            case "docx", "pdf" -> {
                ReportFormat document = ReportFormat.fromKey(format).orElseThrow();
                bytes.write(document.render(summary.document()));
                type = MediaType.parseMediaType(document.mediaType());
            }
            default -> throw new BadParameterException("format", format);
        }
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename("experience-summary-" + name + "." + format).build().toString()).body(bytes.toByteArray());
    }
}
