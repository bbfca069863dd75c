package org.junheng.rotation;

import java.util.List;

/**
 * One teacher's move in a plan, with the reasons it serves: {@code quota}, {@code backbone_share},
 * {@code local_rule}, {@code qualified_standard}, {@code backbone_standard}, {@code pe_art_standard}
 * (the receiving school-stage is below that standard), {@code coefficient} (the move evens the
 * indicator out), {@code rural_service}, {@code paired_schools}, {@code locked}.
 */
public record PlannedMove(String teacherId, String fromSchool, String toSchool, String stage, String subject,
                          List<String> reasons) {
}
