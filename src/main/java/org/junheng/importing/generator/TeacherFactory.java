package org.junheng.importing.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junheng.registry.BackboneLevel;
import org.junheng.registry.Education;
import org.junheng.registry.Gender;
import org.junheng.registry.Stage;
import org.junheng.registry.Subject;
import org.junheng.registry.Title;

/**
 * Draws the roster of a generated school so that it agrees with the school's statistics: exactly
 * as many qualified, backbone and PE/arts teachers per stage as the statistics say.
 */
final class TeacherFactory {

    private static final Subject[] PRIMARY_SUBJECTS = {Subject.CHINESE, Subject.CHINESE, Subject.CHINESE, Subject.MATH,
            Subject.MATH, Subject.MATH, Subject.ENGLISH, Subject.MORALITY_LAW, Subject.SCIENCE, Subject.INFORMATION_TECHNOLOGY,
            Subject.COMPREHENSIVE_PRACTICE, Subject.PSYCHOLOGY};
    private static final Subject[] JUNIOR_SUBJECTS = {Subject.CHINESE, Subject.CHINESE, Subject.MATH, Subject.MATH,
            Subject.ENGLISH, Subject.ENGLISH, Subject.PHYSICS, Subject.CHEMISTRY, Subject.BIOLOGY, Subject.HISTORY,
            Subject.GEOGRAPHY, Subject.MORALITY_LAW, Subject.INFORMATION_TECHNOLOGY, Subject.LABOUR};
    private static final Subject[] PE_ARTS = {Subject.PE, Subject.PE, Subject.MUSIC, Subject.ART};

    record GeneratedTeacher(String id, String schoolCode, Stage stage, Subject subject, Gender gender, int birthYear,
                            Education education, Title title, BackboneLevel backboneLevel, boolean specialGrade,
                            boolean subjectLeader, int yearsAtSchool, int ruralYears, boolean seekingSeniorTitle,
                            boolean exempt) {
    }

    private final SplittableRandom random;
    private final int year;

    TeacherFactory(long seed, int year) {
        this.random = new SplittableRandom(seed);
        this.year = year;
    }

    List<GeneratedTeacher> roster(GeneratedSchool school) {
        List<GeneratedTeacher> teachers = new ArrayList<>();
        int[] sequence = {0};
        addStage(school, Stage.PRIMARY, school.primary(), teachers, sequence);
        addStage(school, Stage.JUNIOR, school.junior(), teachers, sequence);
        return teachers;
    }

    private void addStage(GeneratedSchool school, Stage stage, int[] counts, List<GeneratedTeacher> out, int[] sequence) {
        int n = counts[GeneratedSchool.TEACHERS];
        boolean[] qualified = spread(n, counts[GeneratedSchool.QUALIFIED]);
        boolean[] backbone = spread(n, counts[GeneratedSchool.BACKBONE]);
        boolean[] peArts = spread(n, counts[GeneratedSchool.PE_ART]);
        boolean rural = school.location() == org.junheng.registry.LocationClass.RURAL;
        for (int i = 0; i < n; i++) {
            int age = 23 + random.nextInt(37);
            Subject subject = peArts[i] ? PE_ARTS[random.nextInt(PE_ARTS.length)]
                    : (stage == Stage.PRIMARY ? PRIMARY_SUBJECTS : JUNIOR_SUBJECTS)[random.nextInt(stage == Stage.PRIMARY
                    ? PRIMARY_SUBJECTS.length : JUNIOR_SUBJECTS.length)];
            Education education = education(stage, qualified[i]);
            Title title = title(age);
            BackboneLevel level = backbone[i] ? BackboneLevel.values()[2 + weighted(60, 25, 12, 3)]
                    : (random.nextInt(5) == 0 ? BackboneLevel.SCHOOL : BackboneLevel.NONE);
            int yearsAtSchool = Math.min(age - 22, random.nextInt(Math.max(1, Math.min(30, age - 21))));
            int ruralYears = rural ? yearsAtSchool + random.nextInt(3) : (random.nextInt(3) == 0 ? random.nextInt(4) : 0);
            boolean seekingSenior = title == Title.FIRST && age >= 35 && random.nextInt(3) == 0;
            out.add(new GeneratedTeacher(String.format("T%s-%04d", school.code(), ++sequence[0]), school.code(), stage,
                    subject, random.nextInt(100) < (stage == Stage.PRIMARY ? 72 : 58) ? Gender.FEMALE : Gender.MALE,
                    year - age, education, title, level, backbone[i] && random.nextInt(60) == 0,
                    backbone[i] && random.nextInt(8) == 0, yearsAtSchool, Math.min(ruralYears, age - 22),
                    seekingSenior, random.nextInt(33) == 0));
        }
    }

    private boolean[] spread(int n, int trueCount) {
        boolean[] flags = new boolean[n];
        for (int i = 0; i < trueCount; i++) {
            flags[i] = true;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            boolean t = flags[i];
            flags[i] = flags[j];
            flags[j] = t;
        }
        return flags;
    }

    private Education education(Stage stage, boolean aboveRequired) {
        if (stage == Stage.PRIMARY) {
            return aboveRequired ? (random.nextInt(10) < 6 ? Education.BACHELOR : random.nextInt(8) == 0
                    ? Education.POSTGRADUATE : Education.ASSOCIATE) : Education.SENIOR_SECONDARY;
        }
        return aboveRequired ? (random.nextInt(10) == 0 ? Education.POSTGRADUATE : Education.BACHELOR) : Education.ASSOCIATE;
    }

    private Title title(int age) {
        if (age < 26) {
            return random.nextBoolean() ? Title.NONE : Title.SECOND;
        }
        if (age < 35) {
            return Title.values()[2 + weighted(35, 60, 5)];
        }
        return Title.values()[weighted(1, 30, 55, 14)];
    }

    private int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
