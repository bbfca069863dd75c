package org.junheng.importing.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.junheng.importing.ImportScope;
import org.junheng.importing.ImportType;
import org.junheng.importing.TemplateWriter;
import org.junheng.security.CurrentUser;
import org.junheng.security.Visibility;
import org.junheng.security.WriteScope;
import org.junheng.web.BadParameterException;
import org.junheng.web.NotFoundException;
import org.junheng.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: upload a template file, follow the import while it runs, then read its
 * validation report (row, column, reason; nothing stored) or what was stored. Blank templates are
 * downloaded here too.
 */
@PageController
class ImportPages {

    private final PageImports imports;
    private final Visibility visibility;
    private final WriteScope writes;
    private final CurrentUser user;
    private final MessageSource messages;

    ImportPages(PageImports imports, Visibility visibility, CurrentUser user, WriteScope writes, MessageSource messages) {
        this.messages = messages;
        this.writes = writes;
        this.imports = imports;
        this.visibility = visibility;
        this.user = user;
    }

    @GetMapping("/imports")
    String form(Model model) {
        model.addAttribute("types", types());
        return "imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam String type, @RequestParam(required = false) MultipartFile file, Locale locale,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) throws IOException {
        ImportType importType = types().stream().filter(t -> t.key().equals(type)).findFirst()
                .orElseThrow(() -> new BadParameterException("type", type));
        if (file == null || file.isEmpty()) {
            model.addAttribute("types", types());
            // a file chosen but empty is not a file forgotten: say which it is
            if (file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                model.addAttribute("emptyFile", file.getOriginalFilename());
            } else {
                model.addAttribute("missingFile", true);
            }
            return htmx != null ? "imports :: result" : "imports";
        }
        Path upload = Files.createTempFile("junheng-upload-", ".part");
        file.transferTo(upload);
        PageImports.Job job = imports.start(user.username(), importType, upload, file.getOriginalFilename(), locale,
                ImportScope.of(writes));
        if (htmx == null) {
            return "redirect:/imports/" + job.getId();
        }
        model.addAttribute("job", job);
        return "imports :: result";
    }

    /** The import's progress or result: the whole page, or (for htmx polling) just the result. */
    @GetMapping("/imports/{id}")
    String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        PageImports.Job job = imports.job(id, user.username()).orElseThrow(() -> new NotFoundException("import", id));
        model.addAttribute("job", job);
        model.addAttribute("types", types());
        // an error of a column the file lacks has no heading from the file: name it by the template's Chinese heading
        model.addAttribute("columnHeaders", job.type.columns().stream().collect(java.util.stream.Collectors.toMap(
                org.junheng.importing.Column::key, org.junheng.importing.Column::chineseHeader)));
        return htmx != null ? "imports :: result" : "imports";
    }

    /** The refused file with each row's errors beside it (CSV), to be corrected and imported again. */
    @GetMapping("/imports/{id}/annotated.csv")
    void annotated(@PathVariable String id, HttpServletResponse response, Locale locale) throws IOException {
        PageImports.Job job = imports.job(id, user.username()).filter(PageImports.Job::isAnnotatable)
                .orElseThrow(() -> new NotFoundException("refused import", id));
        String name = job.fileName == null ? "import" : job.fileName.replaceAll("\\.[A-Za-z]+$", "");
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(name + "-errors.csv", StandardCharsets.UTF_8).build().toString());
        imports.writeAnnotated(job, messages.getMessage("imports.annotated.column", null, locale), response.getOutputStream());
    }

    @GetMapping("/imports/templates/{type}.{extension}")
    void template(@PathVariable String type, @PathVariable String extension, HttpServletResponse response)
            throws IOException {
        ImportType importType = ImportType.fromKey(type).orElseThrow(() -> new NotFoundException("template", type));
        boolean xlsx = extension.equals("xlsx");
        if (!xlsx && !extension.equals("csv")) {
            throw new NotFoundException("template", type + "." + extension);
        }
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + importType.key() + "." + extension + "\"");
        try (OutputStream out = response.getOutputStream()) {
            if (xlsx) {
                TemplateWriter.writeXlsx(importType, out);
            } else {
                TemplateWriter.writeCsv(importType, out);
            }
        }
    }

    private List<ImportType> types() {
        return Arrays.stream(ImportType.values()).filter(t -> t.importableBy(visibility.ownSchool())).toList();
    }
}
