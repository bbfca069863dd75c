package org.junheng.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentEngine;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.Profile;
import org.junheng.assessment.StageWeights;
import org.junheng.importing.CountyFactsFile;
import org.junheng.importing.Importer;
import org.junheng.importing.SchoolStatsFile;
import org.junheng.registry.CountyFacts;
import org.junheng.registry.SchoolYear;
import org.junheng.reporting.AssessmentHtml;
import org.junheng.reporting.CountyReport;
import org.junheng.reporting.ReportFormat;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.junheng.reporting.AssessmentJson;
import org.junheng.reporting.AssessmentWorkbook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "assess", description = {"按评估办法评估文件中的各县（不需要服务器和数据库）。",
        "Assesses every county of a school-stats file by the official method; no server, no database."})
class AssessCommand implements Callable<Integer> {

    enum Format { json, xlsx, html, pdf, docx }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, description = "school-stats file, CSV (UTF-8) or XLSX")
    Path input;

    @Option(names = "--facts", description = "county-facts file (CSV or XLSX): what counties report beyond their statistics")
    Path factsFile;

    @Option(names = "--year", description = "statistics year (default: the latest in the file)")
    Integer year;

    @Option(names = "--method", defaultValue = "quality-2017", description = "assessment method (default ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--stage-weights", paramLabel = "PRIMARY,JUNIOR,SENIOR",
            description = "weights of a student of each stage when whole-school resources are apportioned "
                    + "(default: the profile's, 1,1,1 nationally)")
    String stageWeights;

    @Option(names = "--profile", defaultValue = "national", paramLabel = "NAME|FILE",
            description = {"省级评估方案：内置名称或 YAML/JSON 文件（默认 national）",
                    "provincial profile: a built-in name or a YAML/JSON file (default ${DEFAULT-VALUE}); see `junheng profile show`"})
    String profileName;

    @Option(names = "--format", defaultValue = "json",
            description = "json | xlsx | html | pdf | docx (default ${DEFAULT-VALUE}); pdf and docx write the county "
                    + "self-assessment report 自评报告 of --county")
    Format format;

    enum Schools { none, failing, all }

    @Option(names = "--schools", defaultValue = "all", description = {
        "输出哪些学校：none 不输出、failing 仅未达标、all 全部（默认 ${DEFAULT-VALUE}）",
        "which school-stages to write: none, failing (not compliant) or all (default ${DEFAULT-VALUE}); a national summary "
                + "with none stays small"})
    Schools schools;

    @Option(names = "--county", paramLabel = "CODE", description = {"只输出该县（pdf、docx 必填）",
            "only this county (required for pdf and docx)"})
    String county;

    @Option(names = "--out", description = "output file (default: standard output; required for xlsx)")
    Path out;

    @Option(names = "--lang", defaultValue = "zh", description = "language of messages: zh | en (default ${DEFAULT-VALUE})")
    String lang;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        AssessmentMethod assessmentMethod = AssessmentMethod.byKey(method).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown --method '" + method + "'; use one of: " + AssessmentMethod.keys()));
        Profile profile = ProfileFiles.load(profileName, err);
        if (profile == null) {
            return JunhengCommand.BAD_INPUT;
        }
        StageWeights weights = stageWeights == null ? profile.stageWeights() : parseWeights();
        if (format == Format.xlsx && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format xlsx needs --out FILE.xlsx");
        }
        if ((format == Format.pdf || format == Format.docx) && (out == null || county == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format
                    + " writes one county's report: it needs --county CODE and --out FILE." + format);
        }
        if (!Files.isRegularFile(input)) {
            err.println(input + ": 文件不存在 / no such file");
            return JunhengCommand.BAD_INPUT;
        }
        Locale locale = lang.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        SchoolStatsFile file;
        try (InputStream in = Files.newInputStream(input)) {
            ConsoleProgress progress = new ConsoleProgress(err, "rows 行", 0);
            file = Importer.readSchoolStats(in, input.getFileName().toString(), locale, progress::update);
            progress.finish();
        }
        if (!file.valid()) {
            ImportErrorLines.print(err, input, file.report());
            err.printf("%d errors; nothing was assessed / 共 %d 处错误，未作评估%n", file.report().errorCount(),
                    file.report().errorCount());
            return JunhengCommand.BAD_INPUT;
        }
        Map<String, CountyFacts> facts = new HashMap<>();
        if (factsFile != null) {
            if (!Files.isRegularFile(factsFile)) {
                err.println(factsFile + ": 文件不存在 / no such file");
                return JunhengCommand.BAD_INPUT;
            }
            CountyFactsFile read;
            try (InputStream in = Files.newInputStream(factsFile)) {
                read = Importer.readCountyFacts(in, factsFile.getFileName().toString(), locale);
            }
            if (!read.valid()) {
                ImportErrorLines.print(err, factsFile, read.report());
                err.printf("%d errors; nothing was assessed / 共 %d 处错误，未作评估%n", read.report().errorCount(),
                        read.report().errorCount());
                return JunhengCommand.BAD_INPUT;
            }
            read.facts().forEach(f -> facts.put(f.year() + "/" + f.countyCode(), f));
        }
        int assessedYear = year != null ? year
                : file.rows().stream().mapToInt(r -> r.statistics().year()).max().orElse(0);
        if (file.rows().stream().map(SchoolYear::statistics).noneMatch(s -> s.year() == assessedYear)) {
            err.println(input + ": 没有 " + assessedYear + " 年的数据 / no rows for year " + assessedYear);
            return JunhengCommand.BAD_INPUT;
        }
        long assessing = System.nanoTime();
        Assessment assessment = new AssessmentEngine(assessmentMethod, weights, profile)
                .assess(assessedYear, file.rows(), file.countyNames(), factsOfYear(facts, assessedYear));
        if (county != null) {
            assessment = new Assessment(assessment.year(), assessment.method(), assessment.counties().stream()
                    .filter(c -> c.countyCode().equals(county)).toList(), assessment.schools().stream()
                    .filter(s -> s.countyCode().equals(county)).toList());
            if (assessment.counties().isEmpty()) {
                err.println(input + ": 没有县 " + county + " 的数据 / no rows of county " + county);
                return JunhengCommand.BAD_INPUT;
            }
        }
        if (schools != Schools.all && format != Format.pdf && format != Format.docx) {
            assessment = new Assessment(assessment.year(), assessment.method(), assessment.counties(),
                    schools == Schools.none ? List.of() : assessment.schools().stream()
                            .filter(s -> Boolean.FALSE.equals(s.compliant())).toList());
        }
        long writing = System.nanoTime();
        if (format == Format.pdf || format == Format.docx) {
            // PDFBox warns that it maps the Symbol and ZapfDingbats base fonts to a system font; the report uses neither
            if (org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox") instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.ERROR);
            }
            CountyReport.Data data = new CountyReport.Data(assessment.counties().get(0), assessment.schools(), assessmentMethod,
                    assessedYear, java.time.LocalDate.now(), factsOfYear(facts, assessedYear).get(county), List.of(), null);
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasename("i18n/messages");
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            byte[] document = ReportFormat.fromKey(format.name()).orElseThrow()
                    .render(CountyReport.of(data, messages, locale));
            Files.write(out, document);
            err.printf("read %d rows in %d ms, assessed in %d ms, report written in %d ms -> %s / 自评报告已生成%n",
                    file.report().rowsRead(), file.report().millis(), (writing - assessing) / 1_000_000,
                    (System.nanoTime() - writing) / 1_000_000, out);
            return 0;
        }
        write(assessment);
        err.printf("read %d rows in %d ms, assessed in %d ms, written in %d ms / 读取、评估、输出%n", file.report().rowsRead(),
                file.report().millis(), (writing - assessing) / 1_000_000, (System.nanoTime() - writing) / 1_000_000);
        return 0;
    }

    private static Map<String, CountyFacts> factsOfYear(Map<String, CountyFacts> facts, int year) {
        Map<String, CountyFacts> ofYear = new HashMap<>();
        facts.values().stream().filter(f -> f.year() == year).forEach(f -> ofYear.put(f.countyCode(), f));
        return ofYear;
    }

    private StageWeights parseWeights() {
        try {
            return StageWeights.parse(stageWeights);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--stage-weights takes three positive numbers, primary,junior,senior (e.g. 1,1.1,1.32)");
        }
    }

    private void write(Assessment assessment) throws IOException {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            if (format == Format.html) {
                AssessmentHtml.write(assessment, stdout);
            } else {
                AssessmentJson.write(assessment, stdout);
            }
            stdout.println();
            stdout.flush();
            return;
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            switch (format) {
                case json -> AssessmentJson.write(assessment, stream);
                case xlsx -> AssessmentWorkbook.write(assessment, stream);
                case html -> AssessmentHtml.write(assessment, new BufferedWriter(
                        new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
                default -> throw new IllegalStateException("reports are written above");
            }
        }
        spec.commandLine().getErr().println(assessment.counties().size() + " counties assessed / 已评估 "
                + assessment.counties().size() + " 个县 -> " + out);
    }
}
