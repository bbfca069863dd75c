package org.junheng.registry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.ImportReport;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A region's statistics come county by county, each county's schools in code order, whatever the codes. */
@IntegrationTest
class SchoolYearsIT {

    @Autowired
    Importer importer;

    @Autowired
    Registry registry;

    @Test
    void aRegionsSchoolsComeCountyByCountyEvenWhereSchoolCodesDoNotFollowTheirCounties(@TempDir Path demo)
            throws Exception {
        // given two demo counties whose first county's schools are given codes after every school of the second
        DemoImport.importDemo(importer, demo, 2, ImportType.REGIONS);
        String csv = Files.readString(demo.resolve("school-stats.csv")).replace(",2990121", ",2990129");
        ImportReport report = importer.importFile(ImportType.SCHOOL_STATS,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "school-stats.csv", Locale.ENGLISH,
                ImportProgress.NONE);
        assertThat(report.stored()).as("%s", report.errors()).isTrue();

        // when the province's schools of a year are read
        List<SchoolYear> rows = registry.schoolYears("990000", 2025);

        // then the counties come in order, 990121's schools (the renamed among them) before 990122's, each county's
        // schools in code order (other tests' counties may be there too)
        List<String> counties = rows.stream().map(row -> row.school().countyCode()).toList();
        assertThat(counties).contains("990121", "990122").isSorted();
        assertThat(rows.stream().filter(row -> row.school().countyCode().equals("990121")).toList())
                .anyMatch(row -> row.school().code().startsWith("2990129"))
                .extracting(row -> row.school().code()).isSorted();
        assertThat(rows.stream().filter(row -> row.school().countyCode().equals("990122")).toList())
                .isNotEmpty().extracting(row -> row.school().code()).isSorted();
    }
}
