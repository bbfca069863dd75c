package org.junheng.registry;

/** A school together with one year of its statistics, the unit a {@code school-stats} import stores. */
public record SchoolYear(School school, SchoolStatistics statistics) {
}
