package org.junheng.assessment;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junheng.registry.BasicBalanceFigures;
import org.junheng.registry.CountyFact;
import org.junheng.registry.CountyFacts;
import org.junheng.registry.SchoolFacilities;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolType;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junheng.assessment.SchoolBuilder.COUNTY;
import static org.junheng.assessment.SchoolBuilder.YEAR;
import static org.junheng.assessment.SchoolBuilder.primarySchool;
import static org.junheng.assessment.SchoolBuilder.school;

class ProfileTest {

    private static Profile profile(Path dir, String yaml) throws Exception {
        Path file = dir.resolve("province.yaml");
        Files.writeString(file, yaml);
        return Profile.load(file.toString());
    }

    private static ItemAssessment item(CountyAssessment county, int number) {
        return county.guarantee().items().stream().filter(i -> i.number() == number).findFirst().orElseThrow();
    }

    @Test
    void theNationalProfileHoldsEveryNumberOfTheMethodAtItsNationalValue() {
        Profile national = Profile.national();

        assertThat(national.settings()).containsKeys("limits.primary", "standards.junior.equipment_value_per_student",
                "guarantee.special_school_funding", "stage_weights.junior", "basic_2012.limits.junior");
        assertThat(national.number("limits.junior")).isEqualByComparingTo("0.45");
        assertThat(national.settings().values()).allSatisfy(s -> assertThat(s.source()).isEqualTo("national"));
        assertThat(national.apply(AssessmentMethod.QUALITY_2017)).isEqualTo(AssessmentMethod.QUALITY_2017);
        assertThat(national.apply(AssessmentMethod.BASIC_2012)).isEqualTo(AssessmentMethod.BASIC_2012);
    }

    @Test
    void aProvinceThatRequires8000YuanForSpecialSchoolsFailsACountyAt7000(@TempDir Path dir) throws Exception {
        Profile province = profile(dir, """
                profile: 示范省
                guarantee:
                  special_school_funding: 8000
                """);
        Map<CountyFact, BigDecimal> facts = new EnumMap<>(CountyFact.class);
        facts.put(CountyFact.SPECIAL_SCHOOL_FUNDING, new BigDecimal("7000"));
        List<SchoolYear> schools = List.of(primarySchool("2990121001", 800).build());
        Map<String, CountyFacts> countyFacts = Map.of(COUNTY, new CountyFacts(COUNTY, YEAR, facts, "自评报告"));

        CountyAssessment national = new AssessmentEngine().assess(YEAR, schools, Map.of(), countyFacts).counties().get(0);
        CountyAssessment provincial = new AssessmentEngine(AssessmentMethod.QUALITY_2017, province.stageWeights(), province)
                .assess(YEAR, schools, Map.of(), countyFacts).counties().get(0);

        assertThat(item(national, 7).pass()).isTrue();
        assertThat(item(provincial, 7).pass()).isFalse();
        assertThat(national.profile()).isEqualTo("national");
        assertThat(provincial.profile()).isEqualTo("示范省");
        assertThat(province.settings().get("guarantee.special_school_funding").source()).isEqualTo("示范省");
        assertThat(province.settings().get("guarantee.music_room_area").source()).isEqualTo("national");
    }

    @Test
    void aSchoolBuiltIn2010WithA75SquareMetreMusicRoomPassesUnderThe73CutOffRuleAndFailsNationally(@TempDir Path dir)
            throws Exception {
        Profile province = profile(dir, """
                profile: 示范省
                relaxations:
                  older_rooms:
                    built_before: 2016
                    music_room_area: 73
                    art_room_area: 67
                """);
        SchoolYear built2010 = builtIn(primarySchool("2990121001", 500).build(), 2010, "75", "95");
        SchoolYear built2018 = builtIn(primarySchool("2990121002", 500).build(), 2018, "75", "95");

        ItemAssessment national = item(new AssessmentEngine().assess(YEAR, List.of(built2010, built2018), Map.of())
                .counties().get(0), 3);
        ItemAssessment provincial = item(new AssessmentEngine(AssessmentMethod.QUALITY_2017, StageWeights.EQUAL, province)
                .assess(YEAR, List.of(built2010, built2018), Map.of()).counties().get(0), 3);

        assertThat(national.schools()).containsExactly("2990121001", "2990121002");
        assertThat(provincial.schools()).containsExactly("2990121002");
        assertThat(provincial.shortfalls()).singleElement().satisfies(f -> {
            assertThat(f.measure()).isEqualTo("music_room_area");
            assertThat(f.required()).isEqualByComparingTo("96");
        });
    }

    private static SchoolYear builtIn(SchoolYear school, int year, String musicArea, String artArea) {
        return withFacilities(school, f -> new SchoolFacilities(f.certifiedTeachers(), f.teachingArea(), f.sportsArea(),
                f.equipmentValue(), f.multimediaClassrooms(), f.musicRooms(), f.artRooms(), new BigDecimal(musicArea),
                new BigDecimal(artArea), year));
    }

    private static SchoolYear withFacilities(SchoolYear school, java.util.function.UnaryOperator<SchoolFacilities> change) {
        SchoolStatistics st = school.statistics();
        return new SchoolYear(school.school(), new SchoolStatistics(st.year(), st.schoolCode(), st.primary(), st.junior(),
                st.studentsSenior(), change.apply(st.facilities()), st.basic()));
    }

    @Test
    void weightsOf1And1Point1And1Point32ReproduceThePublishedSplitOfANineYearSchool(@TempDir Path dir) throws Exception {
        // 166 primary and 210 junior pupils, 23,226 books: the primary part holds 23,226 × 166 / (166 + 1.1 × 210)
        // = 9,711.9 books, 58.5 per pupil, as the published calculation has it
        Profile province = profile(dir, """
                profile: 示范省
                stage_weights: {primary: 1, junior: 1.1, senior: 1.32}
                """);
        SchoolYear nineYear = school("2990121001", SchoolType.NINE_YEAR).primary(166).junior(210).build();
        SchoolStatistics st = nineYear.statistics();
        SchoolYear withBooks = new SchoolYear(nineYear.school(), new SchoolStatistics(st.year(), st.schoolCode(), st.primary(),
                st.junior(), 0, st.facilities(), new BasicBalanceFigures(40, 23_226, 10, 12)));

        Assessment assessment = new AssessmentEngine(AssessmentMethod.BASIC_2012, province.stageWeights(), province)
                .assess(YEAR, List.of(withBooks), Map.of());

        IndicatorAssessment books = assessment.counties().get(0).stages().stream().filter(s -> s.stage() == Stage.PRIMARY)
                .findFirst().orElseThrow().indicators().stream().filter(i -> i.code().equals("books_per_student"))
                .findFirst().orElseThrow();
        assertThat(books.countyValue()).isCloseTo(58.5, within(0.05)).isCloseTo(23_226.0 / (166 + 1.1 * 210), within(1e-9));
        assertThat(province.stageWeights()).isEqualTo(new StageWeights(BigDecimal.ONE, new BigDecimal("1.1"),
                new BigDecimal("1.32")));
    }

    @Test
    void aProvinceFileMayExtendAnotherBesideItAndOverrideSomeValues(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("base.yaml"), """
                profile: 基础
                limits: {primary: 0.48}
                """);
        Profile county = profile(dir, """
                profile: 细则
                extends: base.yaml
                limits: {junior: 0.40}
                """);

        assertThat(county.settings().get("limits.primary")).isEqualTo(new Profile.Setting(new BigDecimal("0.48"), "基础"));
        assertThat(county.settings().get("limits.junior")).isEqualTo(new Profile.Setting(new BigDecimal("0.40"), "细则"));
        assertThat(county.apply(AssessmentMethod.QUALITY_2017).coefficientLimit(Stage.JUNIOR)).isEqualByComparingTo("0.40");
    }

    @Test
    void aProfileWithAnUnknownKeyIsRefusedNamingTheKey(@TempDir Path dir) {
        assertThatThrownBy(() -> profile(dir, """
                profile: 示范省
                guarantee:
                  music_room_aera: 90
                """)).isInstanceOfSatisfying(ProfileRejected.class,
                e -> assertThat(e.key()).isEqualTo("guarantee.music_room_aera"));
    }

    @Test
    void aNegativeLimitIsRefusedNamingTheKey(@TempDir Path dir) {
        assertThatThrownBy(() -> profile(dir, """
                profile: 示范省
                limits: {junior: -0.45}
                """)).isInstanceOfSatisfying(ProfileRejected.class, e -> assertThat(e.key()).isEqualTo("limits.junior"));
    }

    @Test
    void aStageWeightOf0IsRefusedNamingTheKey(@TempDir Path dir) {
        assertThatThrownBy(() -> profile(dir, """
                {"profile": "示范省", "stage_weights": {"junior": 0}}
                """)).isInstanceOfSatisfying(ProfileRejected.class, e -> assertThat(e.key()).isEqualTo("stage_weights.junior"));
    }

    @Test
    void aRelaxationGivenInPartIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> profile(dir, """
                profile: 示范省
                relaxations:
                  older_rooms: {built_before: 2016}
                """)).isInstanceOfSatisfying(ProfileRejected.class,
                e -> assertThat(e.key()).isEqualTo("relaxations.older_rooms"));
    }

    @Test
    void anOlderSchoolMayBeLargerUnderTheExistingSchoolSizeRelaxation(@TempDir Path dir) throws Exception {
        Profile province = profile(dir, """
                profile: 示范省
                relaxations:
                  existing_school_size: {built_before: 2016, school_size: 2400, through_school_size: 3000}
                """);
        SchoolYear older = builtIn(primarySchool("2990121001", 2300).build(), 2010, "100", "95");
        SchoolYear newer = builtIn(primarySchool("2990121002", 2300).build(), 2019, "100", "95");

        ItemAssessment size = item(new AssessmentEngine(AssessmentMethod.QUALITY_2017, StageWeights.EQUAL, province)
                .assess(YEAR, List.of(older, newer), Map.of()).counties().get(0), 4);

        assertThat(size.schools()).containsExactly("2990121002");
    }

    @Test
    void aSmallRuralSchoolsRoomsAreJudgedAgainstTheSmallerAreas(@TempDir Path dir) throws Exception {
        Profile province = profile(dir, """
                profile: 示范省
                relaxations:
                  small_rural_rooms: {students_below: 100, music_room_area: 54, art_room_area: 61}
                """);
        SchoolYear small = rural(builtIn(primarySchool("2990121001", 80).build(), 2018, "55", "62"));
        SchoolYear larger = rural(builtIn(primarySchool("2990121002", 300).build(), 2018, "55", "62"));

        ItemAssessment rooms = item(new AssessmentEngine(AssessmentMethod.QUALITY_2017, StageWeights.EQUAL, province)
                .assess(YEAR, List.of(small, larger), Map.of()).counties().get(0), 3);

        assertThat(rooms.schools()).containsExactly("2990121002");
    }

    private static SchoolYear rural(SchoolYear school) {
        org.junheng.registry.School s = school.school();
        return new SchoolYear(new org.junheng.registry.School(s.code(), s.name(), s.type(),
                org.junheng.registry.LocationClass.RURAL, s.countyCode(), s.longitude(), s.latitude()), school.statistics());
    }

    @Test
    void whereRoomsAreCountedByAreaASchoolWithEnoughRoomsOfTheAreaPassesThoughItsSmallestIsUnder(@TempDir Path dir)
            throws Exception {
        // 1,000 pupils in 25 classes need 3 music rooms of 96 m²
        Profile province = profile(dir, """
                profile: 示范省
                relaxations:
                  rooms_counted_by_area: true
                """);
        SchoolYear threeOfFour = withRooms(primarySchool("2990121001", 1000).build(), "100;98;96;80", "95;92;90");
        SchoolYear oneOfThree = withRooms(primarySchool("2990121002", 1000).build(), "100;80;70", "95;92;90");
        SchoolYear smallestOnly = withRooms(primarySchool("2990121003", 1000).build(), null, "95;92;90");
        List<SchoolYear> schools = List.of(threeOfFour, oneOfThree, smallestOnly);

        ItemAssessment national = item(new AssessmentEngine().assess(YEAR, schools, Map.of()).counties().get(0), 3);
        ItemAssessment provincial = item(new AssessmentEngine(AssessmentMethod.QUALITY_2017, StageWeights.EQUAL, province)
                .assess(YEAR, schools, Map.of()).counties().get(0), 3);

        assertThat(national.schools()).containsExactly("2990121001", "2990121002", "2990121003");
        assertThat(provincial.schools()).containsExactly("2990121002", "2990121003");
        assertThat(provincial.shortfalls()).extracting(Shortfall::schoolCode, Shortfall::measure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2990121002", "music_rooms_meeting_area"),
                        org.assertj.core.groups.Tuple.tuple("2990121003", "music_room_area"));
        assertThat(provincial.shortfalls().get(0).value()).isEqualByComparingTo("1");
        assertThat(provincial.shortfalls().get(0).required()).isEqualByComparingTo("3");
        assertThat(province.settings().get("relaxations.rooms_counted_by_area").value()).isEqualByComparingTo("1");
    }

    @Test
    void roomsCountedByAreaTakesTrueOrFalseOnly(@TempDir Path dir) {
        assertThatThrownBy(() -> profile(dir, """
                profile: 示范省
                relaxations: {rooms_counted_by_area: sometimes}
                """)).isInstanceOfSatisfying(ProfileRejected.class,
                e -> assertThat(e.key()).isEqualTo("relaxations.rooms_counted_by_area"));
    }

    /** The school's music rooms by their areas ("100;80"; null: only a smallest room of 80 m² reported) and its art rooms. */
    private static SchoolYear withRooms(SchoolYear school, String musicAreas, String artAreas) {
        List<BigDecimal> music = musicAreas == null ? List.of() : SchoolFacilities.splitAreas(musicAreas);
        List<BigDecimal> art = SchoolFacilities.splitAreas(artAreas);
        return withFacilities(school, f -> new SchoolFacilities(f.certifiedTeachers(), f.teachingArea(), f.sportsArea(),
                f.equipmentValue(), f.multimediaClassrooms(), music.isEmpty() ? 4 : music.size(), art.size(),
                music.isEmpty() ? new BigDecimal("80") : java.util.Collections.min(music), java.util.Collections.min(art),
                null, music, art));
    }
}
