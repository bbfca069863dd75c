package org.junheng.rotation;

import java.util.List;

/**
 * One teacher's move in a plan, with the reasons it serves: {@code quota}, {@code backbone_share},
 * {@code local_rule}, {@code school_rule} (the plan makes the receiving school-stage compliant),
 * {@code qualified_standard}, {@code backbone_standard}, {@code pe_art_standard} (the receiving
 * school-stage is below that standard), {@code coefficient} (the move evens the indicator out),
 * {@code rural_service}, {@code paired_schools}, {@code locked}, {@code quota} (none of these, within the
 * quota), {@code exchange} (none of these, beyond the quota: the return leg of a cycle of moves that serves
 * one of them elsewhere); and the two schools' names.
 */
public record PlannedMove(String teacherId, String fromSchool, String toSchool, String stage, String subject,
                          List<String> reasons, String fromSchoolName, String toSchoolName) {

    public PlannedMove(String teacherId, String fromSchool, String toSchool, String stage, String subject,
                       List<String> reasons) {
        this(teacherId, fromSchool, toSchool, stage, subject, reasons, null, null);
    }
}
