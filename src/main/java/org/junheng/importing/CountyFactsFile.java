package org.junheng.importing;

import java.util.List;

import org.junheng.registry.CountyFacts;

/** A {@code county-facts} file read into memory: its rows, or, when it has errors, only its report. */
public record CountyFactsFile(ImportReport report, List<CountyFacts> facts) {

    public boolean valid() {
        return report.stored();
    }
}
