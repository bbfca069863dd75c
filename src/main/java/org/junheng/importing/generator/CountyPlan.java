package org.junheng.importing.generator;

import java.util.Set;

import org.junheng.registry.RegionTag;

/**
 * What to generate for one county: its code and name, tags, number of schools, and two numbers
 * that decide where it stands: {@code level}, the typical share of the standards its schools reach,
 * and {@code spread}, how unequal its schools are (which drives the difference coefficients).
 */
public record CountyPlan(String code, String name, Set<RegionTag> tags, int schools, double level, double spread,
                         double longitude, double latitude) {
}
