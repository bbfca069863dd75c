package org.junheng.assessment;

/** The resource a school must add so that one of its stages reaches a level. */
final class Gaps {

    private static final double WHOLE_UNIT_TOLERANCE = 1e-9;

    private Gaps() {
    }

    /**
     * @param forStage the amount the stage lacks
     * @param share    the stage's share of what is added to the school (1 for per-stage resources)
     */
    static double toSchool(double forStage, double share, ResourceUnit unit) {
        double amount = forStage / share;
        return unit.whole() ? Math.ceil(amount - WHOLE_UNIT_TOLERANCE) : amount;
    }

    /**
     * What the school-stage lacks to reach the standard, as an amount to add to the school; 0 when it reaches it.
     *
     * @param amount the stage's amount of the indicator's resource ({@link SchoolStage#amount})
     */
    static double toStandard(SchoolStage part, Indicator indicator, double standard, double amount) {
        Resource resource = indicator.resource();
        double needed = standard * part.students() / indicator.scale() - amount;
        return needed <= 0 ? 0 : toSchool(needed, part.shareOf(resource), resource.unit());
    }
}
