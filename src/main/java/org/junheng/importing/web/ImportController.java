package org.junheng.importing.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import org.junheng.importing.ImportProgress;
import org.junheng.importing.ImportReport;
import org.junheng.importing.ImportScope;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.security.Visibility;
import org.junheng.security.WriteScope;
import org.junheng.web.BadParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploads of template files. A file with errors is answered 422 with its errors; nothing of it is stored. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    private final Importer importer;
    private final Visibility visibility;
    private final WriteScope writes;

    ImportController(Importer importer, Visibility visibility, WriteScope writes) {
        this.writes = writes;
        this.importer = importer;
        this.visibility = visibility;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> upload(@RequestParam String type, @RequestParam MultipartFile file, Locale locale) throws IOException {
        ImportType importType = ImportType.fromKey(type).orElseThrow(() -> new BadParameterException("type", type));
        if (!importType.importableBy(visibility.ownSchool())) {
            throw new AccessDeniedException("a school account imports only its school's statistics and teachers");
        }
        ImportReport report = importer.importFile(importType, file::getInputStream, file.getOriginalFilename(), locale,
                ImportProgress.NONE, ImportScope.of(writes));
        if (report.stored()) {
            return ResponseEntity.ok(report);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                report.errorCount() + (locale.getLanguage().equals("en") ? " errors in the file; nothing was stored"
                        : " 处错误，未导入任何数据"));
        problem.setType(URI.create("https://junheng.org/problems/import-rejected"));
        problem.setTitle(locale.getLanguage().equals("en") ? "Import rejected" : "导入被拒绝");
        problem.setProperty("errors", report.errors());
        problem.setProperty("report", report);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
