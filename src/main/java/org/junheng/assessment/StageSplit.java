package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolType;
import org.junheng.registry.SchoolYear;
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

    /** Adds the school's compulsory stages, primary first, to {@code parts}. */
    void split(SchoolYear schoolYear, List<SchoolStage> parts) {
        SchoolType type = schoolYear.school().type();
        SchoolStatistics statistics = schoolYear.statistics();
        double weightedStudents = seniorWeight * statistics.studentsSenior()
                + primaryWeight * statistics.primary().students()
                + juniorWeight * statistics.junior().students();
        if (type.teaches(Stage.PRIMARY)) {
            parts.add(part(schoolYear, Stage.PRIMARY, statistics.primary().students(), primaryWeight, weightedStudents));
        }
        if (type.teaches(Stage.JUNIOR)) {
            parts.add(part(schoolYear, Stage.JUNIOR, statistics.junior().students(), juniorWeight, weightedStudents));
        }
    }

    private SchoolStage part(SchoolYear schoolYear, Stage stage, int students, double weight, double weightedStudents) {
        SchoolStatistics statistics = schoolYear.statistics();
        double share = students == 0 ? 0 : weight * students / weightedStudents;
        return new SchoolStage(schoolYear.school(), stage, students, statistics, share, weights,
                scope.exclusion(schoolYear.school().type(), students, statistics.basic()));
    }

    /** Σ weight × students over the school's stages, senior included, exactly. */
    static BigDecimal weightedStudents(SchoolStatistics statistics, StageWeights weights) {
        return weights.primary().multiply(BigDecimal.valueOf(statistics.primary().students()))
                .add(weights.junior().multiply(BigDecimal.valueOf(statistics.junior().students())))
                .add(weights.senior().multiply(BigDecimal.valueOf(statistics.studentsSenior())));
    }
}
