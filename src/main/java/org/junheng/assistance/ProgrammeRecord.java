package org.junheng.assistance;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A record of what a programme did or achieved, of one or two of its schools. */
public interface ProgrammeRecord {

    long programmeId();

    /** The schools the record is of (a placement's sending and receiving school, a classroom's two ends). */
    List<String> schoolsNamed();

    static List<String> schools(String... codes) {
        return Stream.of(codes).filter(Objects::nonNull).distinct().toList();
    }
}
