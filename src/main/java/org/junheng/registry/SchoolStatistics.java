package org.junheng.registry;

/** One school's row of the yearly education statistics (one {@code school-stats} row). */
public record SchoolStatistics(int year, String schoolCode, StageStatistics primary, StageStatistics junior,
                               int studentsSenior, SchoolFacilities facilities, BasicBalanceFigures basic) {

    public SchoolStatistics {
        basic = basic == null ? BasicBalanceFigures.NONE : basic;
    }

    public SchoolStatistics(int year, String schoolCode, StageStatistics primary, StageStatistics junior,
                            int studentsSenior, SchoolFacilities facilities) {
        this(year, schoolCode, primary, junior, studentsSenior, facilities, BasicBalanceFigures.NONE);
    }

    public StageStatistics stage(Stage stage) {
        return switch (stage) {
            case PRIMARY -> primary;
            case JUNIOR -> junior;
            case SENIOR -> throw new IllegalArgumentException("senior stage statistics are not collected");
        };
    }
}
