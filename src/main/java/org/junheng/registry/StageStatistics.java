package org.junheng.registry;

/**
 * The counts the education statistics report per stage of a school: enrolment, classes and
 * full-time teachers by category. Oversize classes are over 45 pupils (primary) or 50 (junior).
 */
public record StageStatistics(int students, int classes, int oversizeClasses, int teachers,
                              int qualifiedTeachers, int backboneTeachers, int peArtTeachers) {

    public static final StageStatistics NONE = new StageStatistics(0, 0, 0, 0, 0, 0, 0);
}
