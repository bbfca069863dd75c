package org.junheng.importing.generator;

import java.util.SplittableRandom;

import org.junheng.registry.CountyFact;

/**
 * Draws one demo county's facts for a year. A well-run county keeps every rule; the others fall
 * short now and then — a low rotation share, a retention rate under 95%, a recognition survey under
 * 85% — as real counties do.
 */
final class CountyFactsDraw {

    private final SplittableRandom random;
    private final boolean wellRun;
    private final int eligible;
    private final int rotated;

    CountyFactsDraw(SplittableRandom random, boolean wellRun) {
        this.random = random;
        this.wellRun = wellRun;
        this.eligible = 300 + random.nextInt(900);
        this.rotated = (int) Math.round(eligible * (wellRun ? between(0.12, 0.18) : between(0.06, 0.14)));
    }

    Object value(CountyFact fact) {
        return switch (fact) {
            case EXAM_ADMISSION, ILLEGAL_SCHOOL_CHOICE, KEY_SCHOOLS, MAJOR_INCIDENT, DATA_FRAUD -> "否";
            case SPECIAL_SCHOOL_FUNDING -> Math.round(wellRun ? between(6500, 8000) : between(5200, 8000));
            case TEACHER_TRAINING_RATE -> wellRun ? 100 : percent(96, 100);
            case ROTATION_ELIGIBLE -> eligible;
            case ROTATION_ROTATED -> rotated;
            case ROTATION_BACKBONE -> (int) Math.round(rotated * (wellRun ? between(0.2, 0.3) : between(0.15, 0.28)));
            case NEARBY_ADMISSION_PRIMARY -> 100;
            case NEARBY_ADMISSION_JUNIOR -> wellRun ? percent(95, 99) : percent(92, 99);
            case SENIOR_QUOTA_ALLOCATION -> wellRun ? percent(50, 65) : percent(45, 65);
            case MIGRANT_CHILDREN_PUBLIC -> wellRun ? percent(85, 95) : percent(80, 95);
            case JUNIOR_RETENTION -> wellRun ? percent(96, 99.5) : percent(93, 99);
            case DISABLED_ENROLMENT -> wellRun ? percent(95, 99) : percent(92, 99);
            case MONITORING_DIFFERENCE -> Math.round((wellRun ? between(0.08, 0.14) : between(0.08, 0.18)) * 1000) / 1000.0;
            case SOCIAL_RECOGNITION -> wellRun ? percent(86, 95) : percent(80, 95);
            case BASIC_BALANCE_YEARS -> wellRun ? 3 + random.nextInt(7) : 1 + random.nextInt(9);
            default -> wellRun || random.nextInt(8) != 0 ? "是" : "否";
        };
    }

    private double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    private double percent(double low, double high) {
        return Math.round(between(low, high) * 10) / 10.0;
    }
}
