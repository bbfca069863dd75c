package org.junheng.assessment;

import java.math.BigDecimal;

import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolType;
import org.junheng.registry.Stage;

/**
 * Splits a school into its compulsory stages. Per-stage counts go to their stage; whole-school
 * resources are apportioned by weighted share of students, senior students taking (and dropping)
 * their share.
 */
final class StageSplit {

    static final int SMALL_TEACHING_POINT_LIMIT = 50;

    private final StageWeights weights;
    private final SchoolScope scope;
    // the weights as doubles, read once rather than twice a school
    private final double primaryWeight;
    private final double juniorWeight;
    private final double seniorWeight;

    StageSplit(StageWeights weights, SchoolScope scope) {
        this.weights = weights;
        this.scope = scope;
        this.primaryWeight = weights.primary().doubleValue();
        this.juniorWeight = weights.junior().doubleValue();
        this.seniorWeight = weights.senior().doubleValue();
    }

    /** The county's school-stages: each school's compulsory stages, primary first, in school order. */
    CountyParts split(SchoolFigures figures, int county) {
        int from = figures.countyStarts[county];
        int to = figures.countyStarts[county + 1];
        CountyParts parts = new CountyParts(figures, figures.countyCodes[county], weights, (to - from) * 2);
        int[] primary = figures.students[Stage.PRIMARY.ordinal()];
        int[] junior = figures.students[Stage.JUNIOR.ordinal()];
        for (int row = from; row < to; row++) {
            SchoolType type = figures.types[row];
            double weightedStudents = seniorWeight * figures.seniorStudents[row] + primaryWeight * primary[row]
                    + juniorWeight * junior[row];
            if (type.teaches(Stage.PRIMARY)) {
                add(parts, figures, row, Stage.PRIMARY, primary[row], primaryWeight, weightedStudents);
            }
            if (type.teaches(Stage.JUNIOR)) {
                add(parts, figures, row, Stage.JUNIOR, junior[row], juniorWeight, weightedStudents);
            }
        }
        return parts;
    }

    private void add(CountyParts parts, SchoolFigures figures, int row, Stage stage, int students, double weight,
                     double weightedStudents) {
        double share = students == 0 ? 0 : weight * students / weightedStudents;
        parts.add(row, stage, students, share,
                scope.exclusion(figures.types[row], students, figures.ownership[row], figures.administeredBy[row]));
    }

    /** Σ weight × students over the school's stages, senior included, exactly. */
    static BigDecimal weightedStudents(SchoolStatistics statistics, StageWeights weights) {
        return weights.primary().multiply(BigDecimal.valueOf(statistics.primary().students()))
                .add(weights.junior().multiply(BigDecimal.valueOf(statistics.junior().students())))
                .add(weights.senior().multiply(BigDecimal.valueOf(statistics.studentsSenior())));
    }
}
