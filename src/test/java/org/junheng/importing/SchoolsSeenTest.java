package org.junheng.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolsSeenTest {

    private static String code(int n) {
        return String.format("33%08d", n);
    }

    @Test
    void aSchoolMetAgainAfterTheMapHasGrownKeepsItsFirstRowCountyAndTheFirstRowOfEachYear() {
        SchoolsSeen seen = new SchoolsSeen();
        int schools = 20_000;   // the map starts with room for 2,048
        for (int n = 0; n < schools; n++) {
            assertThat(seen.meet(SchoolsSeen.key(code(n)), n + 2, "330102", 2024)).isEqualTo(-1);
            if (n % 3 == 0) {
                int slot = seen.meet(SchoolsSeen.key(code(n)), schools + n + 2, "330102", 2025);
                assertThat(seen.firstRowOf(slot, 2025, schools + n + 2)).isNull();
            }
        }

        int slot = seen.meet(SchoolsSeen.key(code(9_999)), 99_999, "330103", 2025);

        assertThat(slot).isNotNegative();
        assertThat(seen.firstRow(slot)).isEqualTo(10_001);
        assertThat(seen.county(slot)).isEqualTo("330102");
        assertThat(seen.firstRowOf(slot, 2024, 99_999)).isEqualTo(10_001);
        assertThat(seen.firstRowOf(slot, 2025, 99_999)).isEqualTo(schools + 9_999 + 2);
        assertThat(seen.firstRowOf(seen.meet(SchoolsSeen.key(code(10_000)), 99_999, "330102", 2025), 2025, 99_999))
                .isNull();
    }

    @Test
    void theCodeOfZerosIsASchoolLikeAnyOther() {
        SchoolsSeen seen = new SchoolsSeen();

        assertThat(seen.meet(SchoolsSeen.key("0000000000"), 2, "330102", 2025)).isEqualTo(-1);
        assertThat(seen.meet(SchoolsSeen.key("0000000000"), 3, "330102", 2025)).isNotNegative();
    }
}
