package org.junheng.importing;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.junheng.IntegrationTest;
import org.junheng.SchoolStatsCsv;
import org.junheng.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A refused file costs the database nothing: every row is checked before any is written, so a file
 * whose last row is wrong leaves the registry's tables the size they were on disk — not rows written
 * and rolled back. Measured on PostgreSQL, where a table's size on disk can be read exactly.
 */
@IntegrationTest
class RejectedFilesIT {

    private static final String COUNTY = "990188";
    private static final String NEIGHBOUR = "990189";

    @Autowired
    Importer importer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFileWhoseLastRowIsWrongLeavesTheRegistrysTablesTheSizeTheyWere() {
        assumeTrue(TestDatabase.isPostgreSql(), "tables' sizes on disk are read from PostgreSQL");
        // two batches and more (an import stores a thousand rows at a time)
        String valid = SchoolStatsCsv.juniorSchools(COUNTY, 998)
                + SchoolStatsCsv.juniorSchools(NEIGHBOUR, 998).lines().skip(1).map(line -> line + "\n")
                .collect(java.util.stream.Collectors.joining());
        String lastRowWrong = valid + SchoolStatsCsv.JUNIOR.formatted(999, 999).replace("{county}", COUNTY)
                .replace(",junior,", ",castle,") + "\n";
        long before = registrySize();

        ImportReport refused = importCsv(lastRowWrong);

        assertThat(refused.stored()).isFalse();
        assertThat(refused.errorCount()).isEqualTo(1);
        assertThat(refused.errors().get(0).row()).isEqualTo(1998);
        assertThat(registrySize()).as("bytes on disk of the registry's tables").isEqualTo(before);

        // the same rows without the wrong one do take room: the measure sees a write
        assertThat(importCsv(valid).stored()).isTrue();
        assertThat(registrySize()).isGreaterThan(before);
    }

    private ImportReport importCsv(String csv) {
        return importer.importFile(ImportType.SCHOOL_STATS, new ByteArrayInputStream(csv.getBytes(UTF_8)), "schools.csv",
                Locale.ENGLISH, ImportProgress.NONE);
    }

    private long registrySize() {
        return jdbc.queryForObject("SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
                + "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                + "AND c.relname IN ('region', 'region_tag', 'school', 'school_statistics')", Long.class);
    }
}
