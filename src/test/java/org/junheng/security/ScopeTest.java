package org.junheng.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeTest {

    private final Scope county = new Scope("330127", null);
    private final Scope city = new Scope("330100", null);
    private final Scope school = new Scope("330127", "2330127001");

    @Test
    void aRegionScopeCoversItselfAndEverythingBelowIt() {
        assertThat(city.coversRegion("330127")).isTrue();
        assertThat(city.coversRegion("330100")).isTrue();
        assertThat(city.coversRegion("330200")).isFalse();
        assertThat(city.coversRegion("330000")).isFalse();
        assertThat(Scope.EVERYTHING.coversRegion("110101")).isTrue();
    }

    @Test
    void aRequestForMoreThanTheScopeIsNarrowedToTheScope() {
        assertThat(county.narrow("330000")).contains("330127");
        assertThat(city.narrow("330127")).contains("330127");
        assertThat(Scope.EVERYTHING.narrow("330127")).contains("330127");
    }

    @Test
    void aRequestOutsideTheScopeSeesNothing() {
        assertThat(county.narrow("330122")).isEmpty();
        assertThat(city.narrow("110000")).isEmpty();
    }

    @Test
    void aSchoolScopeCoversOnlyThatSchool() {
        assertThat(school.coversSchool("2330127001", "330127")).isTrue();
        assertThat(school.coversSchool("2330127002", "330127")).isFalse();
        assertThat(county.coversSchool("2330127002", "330127")).isTrue();
        assertThat(county.coversSchool("2330122001", "330122")).isFalse();
    }
}
