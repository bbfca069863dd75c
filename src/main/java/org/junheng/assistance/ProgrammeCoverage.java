package org.junheng.assistance;

/**
 * Where programmes work: the counties and the areas 片区 of the schools they help (helped, member and
 * lead schools, not the helpers) — seed 002's "70 schools in 7 areas of 7 counties".
 */
public record ProgrammeCoverage(long counties, long areas) {

    static final ProgrammeCoverage NONE = new ProgrammeCoverage(0, 0);
}
