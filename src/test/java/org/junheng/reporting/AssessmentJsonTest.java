package org.junheng.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junheng.DemoProvince;
import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentEngine;
import org.junheng.importing.SchoolStatsFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentJsonTest {

    static Assessment assessment;

    @BeforeAll
    static void assessTheDemoProvince() {
        SchoolStatsFile file = DemoProvince.schoolStats();
        assessment = new AssessmentEngine().assess(2025, file.rows(), file.countyNames());
    }

    @Test
    void theStreamedAssessmentIsTheContractWritersBytesToTheByte() throws IOException {
        assertThat(assessment.schools()).anyMatch(s -> s.excluded() != null).anyMatch(s -> s.compliant() == Boolean.TRUE)
                .anyMatch(s -> s.compliant() == Boolean.FALSE);

        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        AssessmentJson.write(assessment, streamed, 50); // parts in more than one window

        assertThat(streamed.toByteArray()).isEqualTo(AssessmentJson.writer().writeValueAsBytes(assessment));
    }

    @Test
    void anAssessmentWithoutSchoolStagesOrEndingAtTheEdgeOfAPartIsWrittenAsTheContractWriterWritesIt() throws IOException {
        for (int schools : new int[] {0, 1, 99, 100, 101, 200, 201}) {
            Assessment some = new Assessment(assessment.year(), assessment.method(), assessment.counties().subList(0, 2),
                    List.copyOf(assessment.schools().subList(0, Math.min(schools, assessment.schools().size()))));
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();

            AssessmentJson.write(some, streamed, 100);

            assertThat(streamed.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .as("%d school-stages", schools).isEqualTo(AssessmentJson.toJson(some));
        }
    }
}
