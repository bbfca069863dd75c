package org.junheng.importing;

import java.util.List;
import java.util.Map;

import org.junheng.registry.SchoolYear;

/** A {@code school-stats} file read into memory: its rows and county names, or, when it has errors, only its report. */
public record SchoolStatsFile(ImportReport report, List<SchoolYear> rows, Map<String, String> countyNames) {

    public boolean valid() {
        return report.stored();
    }
}
