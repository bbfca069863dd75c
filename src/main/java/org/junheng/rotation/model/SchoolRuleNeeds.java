package org.junheng.rotation.model;

import java.util.Arrays;

/**
 * What the official school rule (达标: at least 6 of the 7 indicators at their standard, every other one
 * at 85% of it, by the county's profile) asks of a school-stage's three teacher indicators, the only ones
 * a rotation changes. The four others (floor areas, equipment, multimedia rooms) are fixed by the
 * statistics, so they come in as how many of them are below their standard and whether all of them
 * reach the floor.
 *
 * @param standardTeachers        per {@link TeacherIndicator}: the fewest teachers at which the indicator
 *                                reaches its standard (⌈standard × students / 100⌉, worked out exactly)
 * @param floorTeachers           the same at the floor share of the standard (85%)
 * @param belowAllowed            how many of the three may be below their standard (indicators with a
 *                                standard − the minimum met − the fixed ones below); negative when the
 *                                fixed ones alone already break the rule
 * @param othersAllowCompliance   whether the fixed indicators allow compliance at all: each reaches the floor
 *                                and no more of them are below the standard than the rule lets be
 * @param compliantBefore         whether the school-stage is compliant before the plan
 */
public record SchoolRuleNeeds(int[] standardTeachers, int[] floorTeachers, int belowAllowed, boolean othersAllowCompliance,
                              boolean compliantBefore) {

    /** A school-stage the assessment does not count (a teaching point under 50 students): no rule. */
    public static final SchoolRuleNeeds NOT_ASSESSED = new SchoolRuleNeeds(new int[3], new int[3], 3, true, false);

    public SchoolRuleNeeds {
        standardTeachers = standardTeachers.clone();
        floorTeachers = floorTeachers.clone();
    }

    /** Whether some numbers of teachers would make the school-stage compliant. */
    public boolean reachable() {
        return othersAllowCompliance && belowAllowed >= 0;
    }

    /** Whether the school-stage is compliant with these teachers counted in each indicator (by ordinal). */
    public boolean compliant(int qualified, int backbone, int peArt) {
        return teachersShort(qualified, backbone, peArt) == 0;
    }

    /**
     * The fewest teachers, added across the three indicators, that would make the school-stage compliant:
     * every indicator up to its floor, and as many as must be up to their standard, the cheapest first.
     * {@link Integer#MAX_VALUE} when no number of teachers would.
     */
    public int teachersShort(int qualified, int backbone, int peArt) {
        if (!reachable()) {
            return Integer.MAX_VALUE;
        }
        int[] teachers = {qualified, backbone, peArt};
        int toFloor = 0;
        int[] toStandard = new int[3];
        int below = 0;
        for (int i = 0; i < 3; i++) {
            int floorGap = Math.max(0, floorTeachers[i] - teachers[i]);
            toFloor += floorGap;
            if (teachers[i] < standardTeachers[i]) {
                toStandard[below++] = standardTeachers[i] - Math.max(teachers[i], floorTeachers[i]);
            }
        }
        int mustRise = below - belowAllowed;
        if (mustRise <= 0) {
            return toFloor;
        }
        int[] gaps = Arrays.copyOf(toStandard, below);
        Arrays.sort(gaps);
        int rise = 0;
        for (int i = 0; i < mustRise; i++) {
            rise += gaps[i];
        }
        return toFloor + rise;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchoolRuleNeeds n && Arrays.equals(standardTeachers, n.standardTeachers)
                && Arrays.equals(floorTeachers, n.floorTeachers) && belowAllowed == n.belowAllowed
                && othersAllowCompliance == n.othersAllowCompliance && compliantBefore == n.compliantBefore;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(standardTeachers) + Arrays.hashCode(floorTeachers) + belowAllowed;
    }

    @Override
    public String toString() {
        return "SchoolRuleNeeds[standard=" + Arrays.toString(standardTeachers) + ", floor=" + Arrays.toString(floorTeachers)
                + ", belowAllowed=" + belowAllowed + ", othersAllowCompliance=" + othersAllowCompliance
                + ", compliantBefore=" + compliantBefore + "]";
    }
}
