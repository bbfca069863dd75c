package org.junheng.assessment;

/** How many counties met the standard in a statistics year, of how many were assessed (kept results). */
public record VerdictCount(int year, long met, int counties) {
}
