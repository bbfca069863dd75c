package org.junheng.importing.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junheng.registry.CountyFact;
import org.junheng.importing.ImportType;

/**
 * Writes {@code regions.csv}, {@code school-stats.csv}, when asked {@code teachers.csv}, and for the
 * demo {@code county-facts.csv}, for a
 * layout, county by county, so memory stays small at national scale. Deterministic for a seed.
 */
public final class FileGenerator {

    public record Counts(int counties, long schools, long statisticsRows, long teachers) {
    }

    private final ProvinceLayouts.Layout layout;
    private final long seed;
    private final boolean demo;
    private final boolean withTeachers;
    private final List<Integer> years;

    public FileGenerator(ProvinceLayouts.Layout layout, long seed, boolean demo, boolean withTeachers, List<Integer> years) {
        this.layout = layout;
        this.seed = seed;
        this.demo = demo;
        this.withTeachers = withTeachers;
        this.years = List.copyOf(years);
    }

    /** Writes the files into {@code dir}, telling {@code progress} how many counties are done. */
    public Counts writeTo(Path dir, IntConsumer progress) throws IOException {
        Files.createDirectories(dir);
        writeRegions(dir.resolve("regions.csv"));
        long schools = 0;
        long statisticsRows = 0;
        long teacherRows = 0;
        try (CSVPrinter stats = printer(dir.resolve("school-stats.csv"), ImportType.SCHOOL_STATS);
             CSVPrinter teachers = withTeachers ? printer(dir.resolve("teachers.csv"), ImportType.TEACHERS) : null) {
            int done = 0;
            for (CountyPlan county : layout.counties()) {
                long countySeed = new SplittableRandom(seed ^ Long.parseLong(county.code()) * 0x9E3779B97F4A7C15L).nextLong();
                List<GeneratedSchool> generated = new SchoolFactory(county, countySeed, demo).schools();
                SplittableRandom drift = new SplittableRandom(countySeed + 1);
                int latest = years.get(years.size() - 1);
                for (GeneratedSchool school : generated) {
                    List<GeneratedSchool> byYear = new ArrayList<>();
                    GeneratedSchool current = school;
                    for (int i = years.size() - 1; i >= 0; i--) {
                        byYear.add(0, current);
                        current = earlier(current, drift);
                    }
                    for (int i = 0; i < years.size(); i++) {
                        writeStatistics(stats, years.get(i), county, byYear.get(i));
                        statisticsRows++;
                    }
                    if (teachers != null) {
                        for (TeacherFactory.GeneratedTeacher t : new TeacherFactory(countySeed + school.code().hashCode(), latest)
                                .roster(school)) {
                            teachers.printRecord(t.id(), t.schoolCode(), t.stage().key(), t.subject().key(), t.gender().key(),
                                    t.birthYear(), t.education().key(), t.title().key(), t.backboneLevel().key(),
                                    t.specialGrade(), t.subjectLeader(), t.yearsAtSchool(), t.ruralYears(),
                                    t.seekingSeniorTitle(), t.exempt());
                            teacherRows++;
                        }
                    }
                }
                schools += generated.size();
                progress.accept(++done);
            }
        }
        if (demo) {
            writeCountyFacts(dir.resolve("county-facts.csv"));
        }
        return new Counts(layout.counties().size(), schools, statisticsRows, teacherRows);
    }

    /** What each demo county reports beyond its statistics: counties near quality balance keep every rule. */
    private void writeCountyFacts(Path file) throws IOException {
        try (CSVPrinter out = printer(file, ImportType.COUNTY_FACTS)) {
            for (CountyPlan county : layout.counties()) {
                for (int year : years) {
                    SplittableRandom random = new SplittableRandom(seed ^ (Long.parseLong(county.code()) * 31 + year));
                    CountyFactsDraw draw = new CountyFactsDraw(random, county.level() >= SchoolFactory.WELL_RUN_LEVEL);
                    List<Object> row = new ArrayList<>();
                    row.add(year);
                    row.add(county.code());
                    for (CountyFact fact : CountyFact.values()) {
                        row.add(draw.value(fact));
                    }
                    row.add("示例：《" + county.name() + "义务教育优质均衡发展督导评估自评报告（" + year + "）》");
                    out.printRecord(row);
                }
            }
        }
    }

    /** The same school a year before: the same enrolment, somewhat fewer resources. */
    private static GeneratedSchool earlier(GeneratedSchool s, SplittableRandom random) {
        double f = 0.9 + random.nextDouble() * 0.09;
        return new GeneratedSchool(s.code(), s.name(), s.type(), s.location(), s.longitude(), s.latitude(),
                fewer(s.primary(), f), fewer(s.junior(), f), s.seniorStudents(), s.certifiedTeachers(),
                Math.round(s.teachingArea() * f * 10) / 10.0, Math.round(s.sportsArea() * 10) / 10.0,
                Math.round(s.equipmentValue() * f), (int) Math.floor(s.multimediaClassrooms() * f), s.musicRooms(),
                s.artRooms(), s.musicRoomMinArea(), s.artRoomMinArea());
    }

    private static int[] fewer(int[] stage, double f) {
        int[] copy = stage.clone();
        copy[GeneratedSchool.QUALIFIED] = (int) Math.floor(stage[GeneratedSchool.QUALIFIED] * f);
        copy[GeneratedSchool.BACKBONE] = (int) Math.floor(stage[GeneratedSchool.BACKBONE] * f);
        copy[GeneratedSchool.PE_ART] = (int) Math.floor(stage[GeneratedSchool.PE_ART] * f);
        return copy;
    }

    private static void writeStatistics(CSVPrinter out, int year, CountyPlan county, GeneratedSchool s) throws IOException {
        int[] p = s.primary();
        int[] j = s.junior();
        out.printRecord(year, county.code(), county.name(), s.code(), s.name(), s.type().key(), s.location().key(),
                s.longitude(), s.latitude(),
                p[0], j[0], s.seniorStudents(), p[1], j[1], p[2], j[2], p[3], j[3], p[4], j[4], p[5], j[5], p[6], j[6],
                s.certifiedTeachers(), s.teachingArea(), s.sportsArea(), (long) s.equipmentValue(),
                s.multimediaClassrooms(), s.musicRooms(), s.artRooms(),
                s.musicRoomMinArea() == null ? "" : s.musicRoomMinArea(), s.artRoomMinArea() == null ? "" : s.artRoomMinArea(),
                // the basic-balance figures follow the school's other resources
                Math.max(1, Math.round(s.multimediaClassrooms() * 4.5)), Math.round(s.teachingArea() * 5.5),
                Math.min(p[3], Math.round(p[4] * 0.6f)), Math.min(j[3], Math.round(j[4] * 0.6f)));
    }

    private void writeRegions(Path file) throws IOException {
        try (CSVPrinter out = printer(file, ImportType.REGIONS)) {
            for (String[] row : layout.regionRows()) {
                out.printRecord((Object[]) row);
            }
        }
    }

    private static CSVPrinter printer(Path file, ImportType type) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(type.columns().stream().map(c -> c.key()).toList());
        return printer;
    }
}
