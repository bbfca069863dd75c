package org.junheng.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DataGeneratorTest {

    @TempDir
    static Path demo;

    static List<CSVRecord> schoolStats;
    static List<CSVRecord> regions;
    static List<CSVRecord> teachers;

    @BeforeAll
    static void generateTheDemo() throws IOException {
        DataGenerator.generate(DataGenerator.Kind.DEMO, null, 2025, true, demo, counties -> { });
        schoolStats = read(demo.resolve("school-stats.csv"));
        regions = read(demo.resolve("regions.csv"));
        teachers = read(demo.resolve("teachers.csv"));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static List<CSVRecord> latestYear() {
        return schoolStats.stream().filter(r -> r.get("year").equals("2025")).toList();
    }

    @Test
    void theSameSeedWritesTheSameFiles(@TempDir Path again) throws IOException {
        DataGenerator.generate(DataGenerator.Kind.DEMO, null, 2025, true, again, counties -> { });

        for (String file : List.of("regions.csv", "school-stats.csv", "teachers.csv", "county-facts.csv")) {
            assertThat(Files.mismatch(demo.resolve(file), again.resolve(file))).as(file).isEqualTo(-1);
        }
    }

    @Test
    void anotherSeedWritesOtherFiles(@TempDir Path other) throws IOException {
        DataGenerator.generate(DataGenerator.Kind.DEMO, null, 7, true, other, counties -> { });

        assertThat(Files.mismatch(demo.resolve("school-stats.csv"), other.resolve("school-stats.csv"))).isNotEqualTo(-1);
    }

    @Test
    void theDemoProvinceHasTwelveCountiesOf40To300SchoolsTaggedMountainIslandOrOrdinary() {
        Map<String, Long> schoolsPerCounty = latestYear().stream()
                .collect(Collectors.groupingBy(r -> r.get("county_code"), Collectors.counting()));

        assertThat(schoolsPerCounty).hasSize(12);
        assertThat(schoolsPerCounty.values()).allSatisfy(n -> assertThat(n).isBetween(40L, 300L));
        List<String> countyTags = regions.stream().filter(r -> !r.get("region_code").endsWith("00"))
                .map(r -> r.get("tags")).toList();
        assertThat(countyTags).anyMatch(t -> t.contains("mountain")).anyMatch(t -> t.contains("island"))
                .anyMatch(t -> !t.contains("mountain") && !t.contains("island"));
    }

    @Test
    void theDemoHasEverySchoolTypeAndTeachingPointsUnderAndOver50Students() {
        assertThat(latestYear().stream().map(r -> r.get("school_type")).distinct())
                .containsExactlyInAnyOrder("primary", "junior", "nine_year", "twelve_year", "complete_middle",
                        "teaching_point", "special");
        List<Integer> teachingPointSizes = latestYear().stream().filter(r -> r.get("school_type").equals("teaching_point"))
                .map(r -> Integer.parseInt(r.get("students_primary"))).toList();
        assertThat(teachingPointSizes).anyMatch(n -> n < 50).anyMatch(n -> n >= 50);
    }

    @Test
    void everySchoolHasCoordinates() {
        assertThat(latestYear()).allSatisfy(r -> {
            assertThat(Double.parseDouble(r.get("longitude"))).isBetween(73.0, 136.0);
            assertThat(Double.parseDouble(r.get("latitude"))).isBetween(3.0, 54.0);
        });
    }

    @Test
    void thereAreAbout40TeachersPer1000StudentsMatchingTheStatistics() {
        long students = latestYear().stream().mapToLong(r -> Long.parseLong(r.get("students_primary"))
                + Long.parseLong(r.get("students_junior"))).sum();
        Map<String, Integer> teachersPerSchool = new HashMap<>();
        teachers.stream().filter(t -> !t.get("stage").equals("senior"))
                .forEach(t -> teachersPerSchool.merge(t.get("school_code"), 1, Integer::sum));
        long rosterTeachers = teachersPerSchool.values().stream().mapToLong(Integer::longValue).sum();

        assertThat(rosterTeachers * 1000.0 / students).isBetween(30.0, 100.0);
        assertThat(latestYear()).allSatisfy(r -> assertThat(teachersPerSchool.getOrDefault(r.get("school_code"), 0))
                .as(r.get("school_code"))
                .isEqualTo(Integer.parseInt(r.get("teachers_primary")) + Integer.parseInt(r.get("teachers_junior"))));
    }

    @Test
    void nationalGeneratesTheRequestedCountiesWithoutTeachersByDefault(@TempDir Path national) throws IOException {
        DataGenerator.Result result = DataGenerator.generate(DataGenerator.Kind.NATIONAL, 40, 1, false, national, c -> { });

        assertThat(result.counties()).isEqualTo(40);
        assertThat(result.schools()).isBetween(40L * 20, 40L * 120);
        assertThat(national.resolve("teachers.csv")).doesNotExist();
    }
}
