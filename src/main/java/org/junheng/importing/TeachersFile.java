package org.junheng.importing;

import java.util.List;

import org.junheng.registry.Teacher;

/** A {@code teachers} file read into memory: its rows, or, when it has errors, only its report. */
public record TeachersFile(ImportReport report, List<Teacher> teachers) {

    public boolean valid() {
        return report.stored();
    }
}
