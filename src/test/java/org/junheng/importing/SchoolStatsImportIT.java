package org.junheng.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junheng.IntegrationTest;
import org.junheng.registry.Registry;
import org.junheng.registry.SchoolQuery;
import org.junheng.registry.SchoolStatistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class SchoolStatsImportIT {

    @Autowired
    Importer importer;

    @Autowired
    Registry registry;

    private ImportReport importCsv(SchoolStatsTable file) {
        return importer.importFile(ImportType.SCHOOL_STATS, file.csv(), "school-stats.csv", Locale.ENGLISH, rows -> { });
    }

    private long schoolsIn(String county) {
        return registry.findSchools(new SchoolQuery(county, null, null), 0, 10).totalElements();
    }

    private static SchoolStatsTable fileWithThreeBadRows(String county) {
        return SchoolStatsTable.withKeys().rows(county, 6, 2025, row -> {
            switch (row.get("school_code").substring(7)) {
                case "002" -> row.put("teaching_area", "-5");
                case "004" -> row.put("qualified_teachers_primary", "40");
                case "005" -> row.put("school_type", "university");
                default -> { }
            }
            return row;
        });
    }

    @Test
    void csvWithThreeBadRowsIsRejectedNamingExactlyThoseRowsAndColumnsAndStoresNothing() {
        ImportReport report = importCsv(fileWithThreeBadRows("330101"));

        assertThat(report.stored()).isFalse();
        assertThat(report.rowsRead()).isEqualTo(6);
        assertThat(report.rowsStored()).isZero();
        assertThat(report.errorCount()).isEqualTo(3);
        assertThat(report.errors()).extracting(ImportError::row, ImportError::column)
                .containsExactly(tuple(3, "teaching_area"), tuple(5, "qualified_teachers_primary"), tuple(6, "school_type"));
        assertThat(report.errors()).extracting(ImportError::code)
                .containsExactly("value.negative", "value.exceeds", "value.enum");
        assertThat(schoolsIn("330101")).isZero();
    }

    @Test
    void xlsxWithTheSameContentGivesTheSameReport() throws IOException {
        SchoolStatsTable file = fileWithThreeBadRows("330102");

        ImportReport fromCsv = importCsv(file);
        ImportReport fromXlsx = importer.importFile(ImportType.SCHOOL_STATS, file.xlsx(), "school-stats.xlsx",
                Locale.ENGLISH, rows -> { });

        assertThat(fromXlsx.errors()).isEqualTo(fromCsv.errors());
        assertThat(fromXlsx.rowsRead()).isEqualTo(fromCsv.rowsRead());
        assertThat(fromXlsx.stored()).isFalse();
        assertThat(schoolsIn("330102")).isZero();
    }

    @Test
    void validXlsxIsStoredWithTheSameValuesAsCsv() throws IOException {
        InputStream xlsx = SchoolStatsTable.withKeys().rows("330103", 3, 2025, row -> row).xlsx();

        ImportReport report = importer.importFile(ImportType.SCHOOL_STATS, xlsx, "s.xlsx", Locale.ENGLISH, rows -> { });

        assertThat(report.stored()).isTrue();
        assertThat(report.rowsStored()).isEqualTo(3);
        List<SchoolStatistics> statistics = registry.statisticsOf("2330103001");
        assertThat(statistics).singleElement().satisfies(s -> {
            assertThat(s.primary().students()).isEqualTo(600);
            assertThat(s.facilities().teachingArea()).isEqualByComparingTo("2700.5");
        });
    }

    @Test
    void eachRoomsAreaIsKeptWhenGivenAndMustAgreeWithTheRoomCountAndTheSmallestRoom() {
        ImportReport bad = importCsv(SchoolStatsTable.withKeys().rows("330108", 4, 2025, row -> {
            switch (row.get("school_code").substring(7)) {
                case "002" -> row.put("music_room_areas", "96；100");
                case "003" -> row.put("music_room_areas", "96;100;110");
                case "004" -> row.put("art_room_areas", "90;0");
                default -> row.put("art_room_areas", "100 95");
            }
            return row;
        }));

        assertThat(bad.stored()).isFalse();
        assertThat(bad.errors()).extracting(ImportError::row, ImportError::column, ImportError::code)
                .containsExactly(tuple(2, "art_room_areas", "value.room_areas_smallest"),
                        tuple(4, "music_room_areas", "value.room_areas_count"),
                        tuple(5, "art_room_areas", "value.range"));
        assertThat(schoolsIn("330108")).isZero();

        ImportReport good = importCsv(SchoolStatsTable.withKeys().rows("330108", 1, 2025, row -> {
            row.put("music_room_areas", "96、100");
            row.put("art_room_min_area", "");
            row.put("art_room_areas", "92.5;90");
            return row;
        }));

        assertThat(good.errors()).isEmpty();
        assertThat(registry.statisticsOf("2330108001")).singleElement().satisfies(s -> {
            assertThat(s.facilities().musicRoomAreas()).extracting(java.math.BigDecimal::toPlainString).containsExactly("96", "100");
            assertThat(s.facilities().artRoomAreas()).extracting(java.math.BigDecimal::toPlainString).containsExactly("92.5", "90");
            assertThat(s.facilities().artRoomMinArea()).isEqualByComparingTo("90");
        });
    }

    @Test
    void chineseHeadersAreAccepted() {
        SchoolStatsTable file = SchoolStatsTable.withChineseHeaders().rows("330104", 2, 2025, row -> row);

        ImportReport report = importCsv(file);

        assertThat(report.errors()).isEmpty();
        assertThat(report.rowsStored()).isEqualTo(2);
        assertThat(schoolsIn("330104")).isEqualTo(2);
    }

    @Test
    void aCsvSavedByExcelInGbkIsReadWithItsChineseNamesIntact() {
        SchoolStatsTable file = SchoolStatsTable.withChineseHeaders().rows("330121", 2, 2025, row -> row);

        ImportReport report = importer.importFile(ImportType.SCHOOL_STATS, file.gbkCsv(), "school-stats.csv", Locale.ENGLISH,
                rows -> { });

        assertThat(report.errors()).isEmpty();
        assertThat(report.rowsStored()).isEqualTo(2);
        assertThat(registry.findSchools(new SchoolQuery("330121", null, null), 0, 10).content())
                .extracting(org.junheng.registry.School::name).containsExactlyInAnyOrder("测试第1小学", "测试第2小学");
        assertThat(registry.countyNames("330121")).containsEntry("330121", "测试县330121");
    }

    /** A file saved in GB18030 is stored with the very names of its UTF-8 twin, characters beyond GBK included. */
    @Test
    void aGb18030FileIsStoredWithTheSameNamesAsItsUtf8Twin() {
        Function<Map<String, String>, Map<String, String>> rareName = row -> {
            row.put("school_name", row.get("school_name").replace("测试", "䶮𠀀测试"));
            return row;
        };
        SchoolStatsTable gb18030 = SchoolStatsTable.withChineseHeaders().rows("330123", 2, 2025, rareName);
        SchoolStatsTable utf8 = SchoolStatsTable.withChineseHeaders().rows("330124", 2, 2025, rareName);

        ImportReport fromGb18030 = importer.importFile(ImportType.SCHOOL_STATS, gb18030.gb18030Csv(), "gb.csv",
                Locale.ENGLISH, rows -> { });
        ImportReport fromUtf8 = importer.importFile(ImportType.SCHOOL_STATS, utf8.csv(), "utf8.csv", Locale.ENGLISH,
                rows -> { });

        assertThat(fromGb18030.errors()).isEmpty();
        assertThat(fromUtf8.errors()).isEmpty();
        List<String> namesFromGb18030 = registry.findSchools(new SchoolQuery("330123", null, null), 0, 10).content().stream()
                .map(org.junheng.registry.School::name).sorted().toList();
        List<String> namesFromUtf8 = registry.findSchools(new SchoolQuery("330124", null, null), 0, 10).content().stream()
                .map(org.junheng.registry.School::name).sorted().toList();
        assertThat(namesFromGb18030).containsExactly("䶮𠀀测试第1小学", "䶮𠀀测试第2小学").isEqualTo(namesFromUtf8);
    }

    @Test
    void aUtf8CsvWithAStrayByteFurtherOnIsRefusedNotStoredGarbled() throws IOException {
        SchoolStatsTable file = SchoolStatsTable.withKeys().rows("330122", 900, 2025, row -> row);
        byte[] bytes = file.csv().readAllBytes();
        // the first byte of the last school's name ("测" is E6 B5 8B) made one UTF-8 never has
        int late = new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf(new String("测试第".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1));
        assertThat(late).isGreaterThan(64 * 1024);
        bytes[late] = (byte) 0xFF;

        ImportReport report = importer.importFile(ImportType.SCHOOL_STATS, new ByteArrayInputStream(bytes), "s.csv",
                Locale.ENGLISH, rows -> { });

        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).extracting(ImportError::message).anySatisfy(m -> assertThat(m).contains("UTF-8"));
        assertThat(schoolsIn("330122")).isZero();
    }

    /**
     * A UTF-8 file with a damaged byte near its start cannot be told from GBK by that byte, and read as GBK
     * its names would be garbled: it is refused, naming the encoding, and nothing is stored.
     */
    @Test
    void aUtf8FileWithADamagedByteNearItsStartIsRefusedNotReadAsGbk() throws IOException {
        SchoolStatsTable file = SchoolStatsTable.withKeys().rows("330125", 3, 2025, row -> row);
        byte[] text = file.csv().readAllBytes();
        byte[] bytes = new byte[text.length - 3];
        System.arraycopy(text, 3, bytes, 0, bytes.length);
        int name = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(new String("测试第".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1));
        // the first byte of "测" (E6 B5 8B) made C0, which UTF-8 never has and GBK reads as the start of a character
        bytes[name] = (byte) 0xC0;

        ImportReport report = importer.importFile(ImportType.SCHOOL_STATS, new ByteArrayInputStream(bytes), "mixed.csv",
                Locale.ENGLISH, rows -> { });

        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).extracting(ImportError::message)
                .anySatisfy(m -> assertThat(m).contains("cannot tell the file's encoding").contains("UTF-8"));
        assertThat(schoolsIn("330125")).isZero();
    }

    @Test
    void anUnknownColumnIsAnErrorAndNothingIsStored() {
        SchoolStatsTable file = SchoolStatsTable.withKeys().withExtraColumn("principal_name").rows("330105", 2, 2025, row -> row);

        ImportReport report = importCsv(file);

        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).extracting(ImportError::row, ImportError::header, ImportError::code)
                .containsExactly(tuple(1, "principal_name", "header.unknown"));
        assertThat(schoolsIn("330105")).isZero();
    }

    @Test
    void aMissingRequiredColumnIsAnError() {
        InputStream twoColumns = new ByteArrayInputStream("year,county_code\n2025,330106\n".getBytes(StandardCharsets.UTF_8));

        ImportReport report = importer.importFile(ImportType.SCHOOL_STATS, twoColumns, "s.csv", Locale.ENGLISH, rows -> { });

        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).extracting(ImportError::code).containsOnly("header.missing");
        assertThat(report.errors()).extracting(ImportError::column).contains("school_code", "teaching_area");
        assertThat(schoolsIn("330106")).isZero();
    }

    @Test
    void reimportingAYearReplacesThatYearsRowsForThoseSchools() {
        importCsv(SchoolStatsTable.withKeys().rows("330107", 2, 2024, row -> row));
        importCsv(SchoolStatsTable.withKeys().rows("330107", 2, 2025, row -> row));

        ImportReport again = importCsv(SchoolStatsTable.withKeys().rows("330107", 2, 2025, row -> {
            row.put("students_primary", "640");
            return row;
        }));
        importCsv(SchoolStatsTable.withKeys().rows("330107", 2, 2025, row -> {
            row.put("students_primary", "640");
            return row;
        }));

        assertThat(again.stored()).isTrue();
        assertThat(schoolsIn("330107")).isEqualTo(2);
        assertThat(registry.statisticsOf("2330107001"))
                .extracting(SchoolStatistics::year, s -> s.primary().students())
                .containsExactlyInAnyOrder(tuple(2024, 600), tuple(2025, 640));
    }

    @Test
    void theSameSchoolTwiceInOneYearIsAnError() {
        SchoolStatsTable file = SchoolStatsTable.withKeys()
                .row(SchoolStatsTable.validPrimarySchool("330108", 1, 2025))
                .row(SchoolStatsTable.validPrimarySchool("330108", 1, 2025));

        ImportReport report = importCsv(file);

        assertThat(report.errors()).extracting(ImportError::row, ImportError::code)
                .containsExactly(tuple(3, "row.duplicate"));
    }

    @Test
    void aSchoolGivenInTwoCountiesInOneFileIsRefusedNamingTheRowThatFirstGaveIt() {
        Map<String, String> elsewhere = SchoolStatsTable.validPrimarySchool("330111", 1, 2024);
        elsewhere.put("school_code", "2330110001");
        SchoolStatsTable file = SchoolStatsTable.withKeys()
                .row(SchoolStatsTable.validPrimarySchool("330110", 1, 2025))
                .row(elsewhere);

        ImportReport report = importCsv(file);

        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).extracting(ImportError::row, ImportError::column, ImportError::code)
                .containsExactly(tuple(3, "county_code", "school.county_conflict"));
        assertThat(report.errors().get(0).message()).contains("2330110001", "row 2", "330110", "330111");
        assertThat(schoolsIn("330110")).isZero();
        assertThat(schoolsIn("330111")).isZero();
    }

    @Test
    void aSchoolGivenForTwoYearsInOneFileTakesItsNameFromItsLastRow() {
        Map<String, String> renamed = SchoolStatsTable.validPrimarySchool("330112", 1, 2025);
        renamed.put("school_name", "测试第1实验小学");
        SchoolStatsTable file = SchoolStatsTable.withKeys()
                .row(SchoolStatsTable.validPrimarySchool("330112", 1, 2024))
                .row(renamed)
                .row(SchoolStatsTable.validPrimarySchool("330112", 2, 2025));

        ImportReport report = importCsv(file);

        assertThat(report.stored()).isTrue();
        assertThat(registry.findSchool("2330112001")).get().extracting(org.junheng.registry.School::name)
                .isEqualTo("测试第1实验小学");
        assertThat(registry.statisticsOf("2330112001")).extracting(SchoolStatistics::year).containsExactlyInAnyOrder(2024, 2025);
        assertThat(schoolsIn("330112")).isEqualTo(2);
    }

    @Test
    void aFileOfNothingButItsHeaderStoresNoRowAndFailsNothing() {
        ImportReport report = importCsv(SchoolStatsTable.withKeys());

        assertThat(report.errors()).isEmpty();
        assertThat(report.rowsRead()).isZero();
        assertThat(report.rowsStored()).isZero();
    }

    @Test
    void aStageTheSchoolTypeDoesNotTeachMustBeZero() {
        SchoolStatsTable file = SchoolStatsTable.withKeys().rows("330109", 1, 2025, row -> {
            row.put("students_junior", "12");
            return row;
        });

        ImportReport report = importCsv(file);

        assertThat(report.errors()).extracting(ImportError::row, ImportError::column, ImportError::code)
                .containsExactly(tuple(2, "students_junior", "value.stage_absent"));
    }

    @Test
    void errorsAreReportedInChineseByDefaultAndInEnglishOnRequest() {
        SchoolStatsTable file = SchoolStatsTable.withKeys().rows("330110", 1, 2025, row -> {
            row.put("teaching_area", "-5");
            return row;
        });

        ImportReport chinese = importer.importFile(ImportType.SCHOOL_STATS, file.csv(), "s.csv",
                Locale.SIMPLIFIED_CHINESE, rows -> { });
        ImportReport english = importCsv(file);

        assertThat(chinese.errors().get(0).message()).contains("负");
        assertThat(english.errors().get(0).message()).containsIgnoringCase("negative");
    }

    @Test
    void beyondAThousandErrorsTheFirstThousandAreListedAndTheRestCounted() {
        SchoolStatsTable file = SchoolStatsTable.withKeys().rows("330111", 600, 2025, row -> {
            row.put("students_primary", "-1");
            row.put("classes_primary", "-1");
            return row;
        });

        ImportReport report = importCsv(file);

        assertThat(report.errorCount()).isEqualTo(1200);
        assertThat(report.errors()).hasSize(ImportReport.ERROR_CAP);
        assertThat(report.errorsTruncated()).isTrue();
        assertThat(report.rowsRead()).isEqualTo(600);
        assertThat(schoolsIn("330111")).isZero();
    }

    @Test
    void aFileThatIsNeitherCsvNorXlsxIsRefusedWithAMessage() {
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        ImportReport report = importer.importFile(ImportType.SCHOOL_STATS, new ByteArrayInputStream(oldExcel),
                "school-stats.xls", Locale.ENGLISH, rows -> { });

        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).extracting(ImportError::code).containsExactly("file.unsupported");
        assertThat(report.errors().get(0).message()).contains("XLSX");
        assertThat(importer.importFile(ImportType.SCHOOL_STATS, new ByteArrayInputStream(oldExcel), "school-stats.xls",
                Locale.SIMPLIFIED_CHINESE, rows -> { }).errors().get(0).message()).contains("另存为 .xlsx");
    }

    @Test
    void aWorkbookThatUnpacksToFarMoreThanItsSizeIsRefusedAsAZipBomb() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        ImportReport report = importer.importFile(ImportType.SCHOOL_STATS, new ByteArrayInputStream(bytes.toByteArray()),
                "bomb.xlsx", Locale.ENGLISH, rows -> { });

        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("file.unreadable");
            assertThat(e.message()).contains("zip bomb");
        });
    }
}
