package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    static List<SchoolStage> of(SchoolYear schoolYear, StageWeights weights) {
        SchoolType type = schoolYear.school().type();
        SchoolStatistics statistics = schoolYear.statistics();
        BigDecimal weightedStudents = weights.senior().multiply(BigDecimal.valueOf(statistics.studentsSenior()));
        for (Stage stage : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
            weightedStudents = weightedStudents.add(weights.of(stage).multiply(BigDecimal.valueOf(statistics.stage(stage).students())));
        }
        List<SchoolStage> parts = new ArrayList<>(2);
        for (Stage stage : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
            if (!type.teaches(stage)) {
                continue;
            }
            int students = statistics.stage(stage).students();
            Exclusion exclusion = exclusion(type, students);
            Map<Resource, StageResource> resources = new EnumMap<>(Resource.class);
            if (exclusion == null) {
                BigDecimal share = weights.of(stage).multiply(BigDecimal.valueOf(students));
                for (Resource resource : Resource.values()) {
                    BigDecimal reported = resource.reported(statistics, stage);
                    resources.put(resource, resource.wholeSchool()
                            ? StageResource.of(reported, share, weightedStudents)
                            : StageResource.whole(reported));
                }
            }
            parts.add(new SchoolStage(schoolYear.school(), stage, students, resources, exclusion));
        }
        return parts;
    }

    private static Exclusion exclusion(SchoolType type, int students) {
        if (type == SchoolType.SPECIAL) {
            return Exclusion.SPECIAL_SCHOOL;
        }
        if (type == SchoolType.TEACHING_POINT && students < SMALL_TEACHING_POINT_LIMIT) {
            return Exclusion.SMALL_TEACHING_POINT;
        }
        return students == 0 ? Exclusion.NO_STUDENTS : null;
    }
}
