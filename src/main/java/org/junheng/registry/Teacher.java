package org.junheng.registry;

/**
 * A full-time teacher, identified by a pseudonymous id (never a national ID number).
 * Special grade 特级教师 and subject leader 学科带头人 feed local rotation rules; exempt teachers
 * are not eligible for rotation.
 */
public record Teacher(String teacherId, String schoolCode, Stage stage, Subject subject, Gender gender, int birthYear,
                      Education education, Title title, BackboneLevel backboneLevel, boolean specialGrade,
                      boolean subjectLeader, int yearsAtSchool, int ruralYears, boolean seekingSeniorTitle,
                      boolean exempt) {
}
