package org.junheng.registry;

/**
 * A full-time teacher, identified by a pseudonymous id (never a national ID number).
 * Special grade 特级教师 and subject leader 学科带头人 feed local rotation rules; exempt teachers
 * are not eligible for rotation.
 *
 * @param certified whether the teacher holds a teacher qualification certificate 教师资格证; null when the
 *                  roster does not say
 */
public record Teacher(String teacherId, String schoolCode, Stage stage, Subject subject, Gender gender, int birthYear,
                      Education education, Title title, BackboneLevel backboneLevel, boolean specialGrade,
                      boolean subjectLeader, int yearsAtSchool, int ruralYears, boolean seekingSeniorTitle,
                      boolean exempt, Boolean certified) {

    public Teacher(String teacherId, String schoolCode, Stage stage, Subject subject, Gender gender, int birthYear,
                   Education education, Title title, BackboneLevel backboneLevel, boolean specialGrade,
                   boolean subjectLeader, int yearsAtSchool, int ruralYears, boolean seekingSeniorTitle, boolean exempt) {
        this(teacherId, schoolCode, stage, subject, gender, birthYear, education, title, backboneLevel, specialGrade,
                subjectLeader, yearsAtSchool, ruralYears, seekingSeniorTitle, exempt, null);
    }
}
