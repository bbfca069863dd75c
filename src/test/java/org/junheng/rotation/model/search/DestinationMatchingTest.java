package org.junheng.rotation.model.search;

import java.util.Map;
import java.util.stream.Collectors;

import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SmallCounty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DestinationMatchingTest {

    /** Two schools in the west (W1, W2) and two in the east (E1, E2), about 38 km apart. */
    private static SmallCounty westAndEast() {
        return new SmallCounty().school("W1", 120.0, false).school("W2", 120.02, false)
                .school("E1", 120.4, false).school("E2", 120.42, false);
    }

    private static Map<String, String> improved(RotationSolution solution) {
        return DestinationMatching.improve(solution).entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().teacherId(), e -> e.getValue() == null ? "stays" : e.getValue().school().code()));
    }

    @Test
    void alikeTeachersSentAcrossTheCountyAreSentToTheNearSchoolsInstead() {
        // given a west teacher sent east and an east teacher sent west
        RotationSolution plan = westAndEast().teacher("w", "W1").teacher("e", "E1").teacher("w2", "W2").teacher("e2", "E2")
                .moving("w", "E2").moving("e", "W2").moving("w2", "W1").moving("e2", "E1").requiredRotated(4).build();

        // then each goes to the school near its own, the same places filled as before
        assertThat(improved(plan)).containsExactlyInAnyOrderEntriesOf(Map.of("w", "W2", "e", "E2"));
    }

    @Test
    void alikeTeachersExchangedForNothingStayWhenTheQuotaLeavesRoom() {
        RotationSolution plan = westAndEast().teacher("a", "W1").teacher("b", "W2")
                .moving("a", "W2").moving("b", "W1").requiredRotated(0).build();

        assertThat(improved(plan)).containsExactlyInAnyOrderEntriesOf(Map.of("a", "stays", "b", "stays"));
    }

    @Test
    void noTeacherStaysWhenTheQuotaNeedsEveryMove() {
        RotationSolution plan = westAndEast().teacher("a", "W1").teacher("b", "W2")
                .moving("a", "W2").moving("b", "W1").requiredRotated(2).build();

        assertThat(improved(plan)).isEmpty();
    }

    @Test
    void backboneTeachersAlwaysKeepMoving() {
        RotationSolution plan = westAndEast().teacher("a", "W1", true, false).teacher("b", "W2", true, false)
                .moving("a", "W2").moving("b", "W1").requiredRotated(0).build();

        assertThat(improved(plan)).isEmpty();
    }

    @Test
    void aPlanAlreadyDealtOutAtTheLeastCostIsLeftAsItIs() {
        RotationSolution plan = westAndEast().teacher("w", "W1").teacher("e", "E1").teacher("w2", "W2").teacher("e2", "E2")
                .moving("w", "W2").moving("e", "E2").moving("w2", "W1").moving("e2", "E1").requiredRotated(4).build();

        assertThat(improved(plan)).isEmpty();
    }
}
