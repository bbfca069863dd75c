package org.junheng.rotation.model;

import java.util.Map;

import org.junheng.registry.Stage;
import org.junheng.registry.Subject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A primary school-stage of 120 pupils whose statistics count 6 teachers, 5 of them qualified, 2 backbone and 1 of
 * PE/arts; three are eligible to move (an art teacher, a Chinese teacher and a morality-and-law teacher), all three
 * qualified, one of them backbone — a teaching point of the demo province.
 */
class SchoolPartTest {

    private static SchoolPart teachingPoint() {
        RotationSchool school = new RotationSchool("2990302102", "水口村教学点", true, null, null, 3);
        return new SchoolPart(school, Stage.PRIMARY, 120,
                Map.of(TeacherIndicator.QUALIFIED, 5, TeacherIndicator.BACKBONE, 2, TeacherIndicator.PE_ART, 1),
                Map.of(TeacherIndicator.QUALIFIED, 3, TeacherIndicator.BACKBONE, 1, TeacherIndicator.PE_ART, 1),
                Map.of(TeacherIndicator.QUALIFIED, 5.04, TeacherIndicator.BACKBONE, 1.2, TeacherIndicator.PE_ART, 1.08),
                Map.of(), Map.of(Subject.ART, 1, Subject.CHINESE, 1, Subject.MORALITY_LAW, 1), Weights.DEFAULT);
    }

    @Test
    void withNoSubjectSlackAQualifiedCountRisesOnlyByItsEligibleTeachersWhoAreNotQualified() {
        SchoolPart part = teachingPoint();

        // every eligible teacher is qualified already: exchanges within a subject bring no more
        assertThat(part.mostTeachersKeepingEverySubject(TeacherIndicator.QUALIFIED)).isEqualTo(5);
        // two eligible teachers are not backbone: exchanged for backbone teachers of their subjects, 2 + 2
        assertThat(part.mostTeachersKeepingEverySubject(TeacherIndicator.BACKBONE)).isEqualTo(4);
    }

    @Test
    void withNoSubjectSlackThePeAndArtsTeachersOfASchoolStageStayAsManyAsTheyAre() {
        SchoolPart part = teachingPoint();

        assertThat(part.mostTeachersKeepingEverySubject(TeacherIndicator.PE_ART)).isEqualTo(1);
    }

    @Test
    void aSchoolStageOneQualifiedAndOnePeTeacherShortWithOneAllowedBelowIsBeyondAnyRotationWithoutSubjectSlack() {
        SchoolPart part = teachingPoint();
        // standards of 6, 2 and 2 teachers, floors of 5, 2 and 1; the four other indicators let one be below
        SchoolRuleNeeds rule = new SchoolRuleNeeds(new int[] {6, 2, 2}, new int[] {5, 2, 1}, 1, true, false);

        boolean compliantAtMost = rule.compliant(part.mostTeachersKeepingEverySubject(TeacherIndicator.QUALIFIED),
                part.mostTeachersKeepingEverySubject(TeacherIndicator.BACKBONE),
                part.mostTeachersKeepingEverySubject(TeacherIndicator.PE_ART));

        assertThat(rule.teachersShort(5, 2, 1)).isEqualTo(1);
        assertThat(compliantAtMost).isFalse();
    }
}
