package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
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

    private StageSplit() {
    }

    static List<SchoolStage> of(SchoolYear schoolYear, StageWeights weights, SchoolScope scope) {
        SchoolType type = schoolYear.school().type();
        SchoolStatistics statistics = schoolYear.statistics();
        double weightedStudents = weights.senior().doubleValue() * statistics.studentsSenior()
                + weights.primary().doubleValue() * statistics.primary().students()
                + weights.junior().doubleValue() * statistics.junior().students();
        List<SchoolStage> parts = new ArrayList<>(2);
        for (Stage stage : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
            if (!type.teaches(stage)) {
                continue;
            }
            int students = statistics.stage(stage).students();
            double share = students == 0 ? 0 : weights.of(stage).doubleValue() * students / weightedStudents;
            parts.add(new SchoolStage(schoolYear.school(), stage, students, statistics, share, weights,
                    scope.exclusion(type, students, statistics.basic())));
        }
        return parts;
    }

    /** Σ weight × students over the school's stages, senior included, exactly. */
    static BigDecimal weightedStudents(SchoolStatistics statistics, StageWeights weights) {
        return weights.primary().multiply(BigDecimal.valueOf(statistics.primary().students()))
                .add(weights.junior().multiply(BigDecimal.valueOf(statistics.junior().students())))
                .add(weights.senior().multiply(BigDecimal.valueOf(statistics.studentsSenior())));
    }
}
