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
     * What a school-stage lacks to reach the standard, as an amount to add to the school; 0 when it reaches it.
     *
     * @param students the school-stage's pupils
     * @param share    its share of what is added to the school ({@link CountyParts.StageParts#shareOf})
     * @param amount   its amount of the indicator's resource
     */
    static double toStandard(int students, double share, Indicator indicator, double standard, double amount) {
        Resource resource = indicator.resource();
        double needed = standard * students / indicator.scale() - amount;
        return needed <= 0 ? 0 : toSchool(needed, share, resource.unit());
    }
}
