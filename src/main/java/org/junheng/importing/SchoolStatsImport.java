package org.junheng.importing;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.junheng.registry.AdministeringLevel;
import org.junheng.registry.BasicBalanceFigures;
import org.junheng.registry.LocationClass;
import org.junheng.registry.Ownership;
import org.junheng.registry.RegionCode;
import org.junheng.registry.RegionLevel;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolFacilities;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolType;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;
import org.junheng.registry.StageStatistics;

/** The {@code school-stats} template: one school's statistics for one year per row. */
final class SchoolStatsImport implements TemplateImport<SchoolStatsImport.Row> {

    /** @param schoolKey the school's code as {@link SchoolsSeen} keys it, worked out where the row is parsed */
    record Row(RegionCode county, String countyName, SchoolYear schoolYear, long schoolKey) {
    }

    private record FirstSeen(int row, String name) {
    }

    private final Consumer<List<Row>> sink;
    private final Runnable afterLastBatch;
    private boolean storedAny;
    private final ImportScope scope;
    private final Function<Collection<String>, Map<String, School>> registered;
    private final Consumer<String> refused;
    private final Map<String, FirstSeen> countyNames = new HashMap<>();
    private final SchoolsSeen schools = new SchoolsSeen();
    /** The latest year a school can have been built in, read once a file rather than from the clock every row. */
    private final int thisYear = Year.now().getValue();
    /**
     * Each county's code checked and made once, not once a row (so rows share one string a county, and compare
     * counties by reference): rows are parsed on several cores, so the map is concurrent.
     */
    private final Map<String, RegionCode> countyCodes = new ConcurrentHashMap<>();

    /**
     * @param registered the schools already registered, by code (none when there is no registry)
     * @param refused    told the county of each registered school a row tried to move or write beyond the scope
     * @param sink       takes each checked batch of a file that is still free of errors
     * @param afterLastBatch run once the sink has taken the last batch of a file free of errors
     */
    SchoolStatsImport(ImportScope scope, Function<Collection<String>, Map<String, School>> registered,
                      Consumer<String> refused, Consumer<List<Row>> sink, Runnable afterLastBatch) {
        this.scope = scope;
        this.registered = registered;
        this.refused = refused;
        this.sink = sink;
        this.afterLastBatch = afterLastBatch;
    }

    SchoolStatsImport(ImportScope scope, Function<Collection<String>, Map<String, School>> registered,
                      Consumer<String> refused, Consumer<List<Row>> sink) {
        this(scope, registered, refused, sink, () -> { });
    }

    @Override
    public boolean parsesRowsIndependently() {
        return true;
    }

    @Override
    public Row parse(RowValues cells) {
        Integer year = cells.integer("year", 1990, 2100);
        RegionCode county = countyCode(cells);
        String countyName = cells.text("county_name", 100);
        String schoolCode = cells.text("school_code", 10);
        if (schoolCode != null && !isSchoolCode(schoolCode)) {
            cells.error("school_code", "value.school_code", schoolCode);
        }
        String schoolName = cells.text("school_name", 200);
        SchoolType type = cells.choice(SchoolType.class, "school_type");
        LocationClass location = cells.choice(LocationClass.class, "location");
        Double longitude = cells.optionalDecimal("longitude", -180, 180);
        Double latitude = cells.optionalDecimal("latitude", -90, 90);
        if (cells.isEmpty("longitude") != cells.isEmpty("latitude")) {
            cells.error(cells.isEmpty("longitude") ? "longitude" : "latitude", "value.coordinates");
        }
        StageStatistics primary = stage(cells, "primary", type, Stage.PRIMARY);
        StageStatistics junior = stage(cells, "junior", type, Stage.JUNIOR);
        Integer seniorStudents = cells.count("students_senior");
        if (seniorStudents != null && type != null && !type.teaches(Stage.SENIOR) && seniorStudents != 0) {
            stageAbsent(cells, "students_senior", seniorStudents, type);
        }
        SchoolFacilities facilities = facilities(cells, type, primary, junior);
        BasicBalanceFigures basic = basicBalance(cells, type, primary, junior);
        if (!cells.valid()) {
            return null;
        }
        School school = new School(schoolCode, schoolName, type, location, county.value(), longitude, latitude);
        return new Row(county, countyName, new SchoolYear(school,
                new SchoolStatistics(year, schoolCode, primary, junior, seniorStudents, facilities, basic)),
                SchoolsSeen.key(schoolCode));
    }

    static boolean isSchoolCode(String code) {
        if (code.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private RegionCode countyCode(RowValues cells) {
        String code = cells.text("county_code", 6);
        if (code == null) {
            return null;
        }
        RegionCode county = countyCodes.get(code);
        if (county != null) {
            return county;
        }
        if (!RegionCode.isValid(code) || new RegionCode(code).level() != RegionLevel.COUNTY) {
            cells.error("county_code", "value.region_code", code);
            return null;
        }
        return countyCodes.computeIfAbsent(code, RegionCode::new);
    }

    /**
     * The column keys of one stage's counts, written out as constants: the header's columns are keyed by the
     * template's constants, and a key that is the same string object is found without comparing its characters
     * (a national file looks them up millions of times).
     */
    private record StageColumns(String students, String classes, String oversize, String teachers, String qualified,
                                String backbone, String peArt) {

        String[] all() {
            return new String[] {students, classes, oversize, teachers, qualified, backbone, peArt};
        }
    }

    private static final StageColumns PRIMARY_COLUMNS = new StageColumns("students_primary", "classes_primary",
            "oversize_classes_primary", "teachers_primary", "qualified_teachers_primary", "backbone_teachers_primary",
            "pe_art_teachers_primary");
    private static final StageColumns JUNIOR_COLUMNS = new StageColumns("students_junior", "classes_junior",
            "oversize_classes_junior", "teachers_junior", "qualified_teachers_junior", "backbone_teachers_junior",
            "pe_art_teachers_junior");

    private static StageStatistics stage(RowValues cells, String suffix, SchoolType type, Stage stage) {
        StageColumns c = stage == Stage.PRIMARY ? PRIMARY_COLUMNS : JUNIOR_COLUMNS;
        Integer students = cells.count(c.students());
        Integer classes = cells.count(c.classes());
        Integer oversize = cells.count(c.oversize());
        Integer teachers = cells.count(c.teachers());
        Integer qualified = cells.count(c.qualified());
        Integer backbone = cells.count(c.backbone());
        Integer peArt = cells.count(c.peArt());
        atMost(cells, c.oversize(), oversize, c.classes(), classes);
        atMost(cells, c.qualified(), qualified, c.teachers(), teachers);
        atMost(cells, c.backbone(), backbone, c.teachers(), teachers);
        atMost(cells, c.peArt(), peArt, c.teachers(), teachers);
        if (type != null && !type.teaches(stage)) {
            String[] keys = c.all();
            Integer[] values = {students, classes, oversize, teachers, qualified, backbone, peArt};
            for (int i = 0; i < keys.length; i++) {
                if (values[i] != null && values[i] != 0) {
                    stageAbsent(cells, keys[i], values[i], type);
                }
            }
        }
        if (!cells.valid()) {
            return null;
        }
        StageStatistics figures = new StageStatistics(students, classes, oversize, teachers, qualified, backbone, peArt);
        return figures.equals(StageStatistics.NONE) ? StageStatistics.NONE : figures;   // one for every stage not taught
    }

    private SchoolFacilities facilities(RowValues cells, SchoolType type, StageStatistics primary,
                                               StageStatistics junior) {
        Integer certified = cells.count("certified_teachers");
        // complete middle and twelve-year schools also count their senior teachers, which the template does not list
        if (certified != null && primary != null && junior != null && type != null && !type.teaches(Stage.SENIOR)) {
            atMost(cells, "certified_teachers", certified, "teachers_primary + teachers_junior",
                    primary.teachers() + junior.teachers());
        }
        var teachingArea = cells.amount("teaching_area");
        var sportsArea = cells.amount("sports_area");
        var equipment = cells.amount("equipment_value");
        Integer multimedia = cells.count("multimedia_classrooms");
        Integer music = cells.count("music_rooms");
        Integer art = cells.count("art_rooms");
        var musicMin = cells.optionalAmount("music_room_min_area");
        var artMin = cells.optionalAmount("art_room_min_area");
        Integer builtYear = cells.optionalInteger("built_year", 1900, thisYear);
        List<BigDecimal> musicAreas = roomAreas(cells, "music_room_areas", music, "music_rooms", musicMin, "music_room_min_area");
        List<BigDecimal> artAreas = roomAreas(cells, "art_room_areas", art, "art_rooms", artMin, "art_room_min_area");
        if (!cells.valid()) {
            return null;
        }
        if (musicMin == null && !musicAreas.isEmpty()) {
            musicMin = Collections.min(musicAreas);
        }
        if (artMin == null && !artAreas.isEmpty()) {
            artMin = Collections.min(artAreas);
        }
        return new SchoolFacilities(certified, teachingArea, sportsArea, equipment, multimedia, music, art, musicMin, artMin,
                builtYear, musicAreas, artAreas);
    }

    /**
     * Each room's area, optional; when given, one area per room and, where the smallest room is reported too,
     * the smallest of them equal to it.
     */
    private static List<BigDecimal> roomAreas(RowValues cells, String key, Integer rooms, String roomsKey,
                                              BigDecimal smallest, String smallestKey) {
        List<BigDecimal> areas = cells.optionalAmounts(key);
        if (areas.isEmpty()) {
            return areas;
        }
        if (rooms != null && areas.size() != rooms) {
            cells.error(key, "value.room_areas_count", String.valueOf(areas.size()), roomsKey, String.valueOf(rooms));
        } else if (smallest != null && Collections.min(areas).compareTo(smallest) != 0) {
            cells.error(key, "value.room_areas_smallest", Collections.min(areas).toPlainString(), smallestKey,
                    smallest.toPlainString());
        }
        return areas;
    }

    private static BasicBalanceFigures basicBalance(RowValues cells, SchoolType type, StageStatistics primary,
                                                    StageStatistics junior) {
        Integer computers = cells.optionalCount("computers");
        Integer books = cells.optionalCount("books");
        Integer titledPrimary = cells.optionalCount("titled_teachers_primary");
        Integer titledJunior = cells.optionalCount("titled_teachers_junior");
        if (primary != null) {
            atMost(cells, "titled_teachers_primary", titledPrimary, "teachers_primary", primary.teachers());
        }
        if (junior != null) {
            atMost(cells, "titled_teachers_junior", titledJunior, "teachers_junior", junior.teachers());
        }
        if (type != null && !type.teaches(Stage.PRIMARY) && titledPrimary != null && titledPrimary != 0) {
            stageAbsent(cells, "titled_teachers_primary", titledPrimary, type);
        }
        if (type != null && !type.teaches(Stage.JUNIOR) && titledJunior != null && titledJunior != 0) {
            stageAbsent(cells, "titled_teachers_junior", titledJunior, type);
        }
        Ownership ownership = cells.optionalChoice(Ownership.class, "ownership");
        AdministeringLevel administeredBy = cells.optionalChoice(AdministeringLevel.class, "administered_by");
        return new BasicBalanceFigures(computers, books, titledPrimary, titledJunior, ownership, administeredBy);
    }

    private static void atMost(RowValues cells, String key, Integer value, String totalKey, Integer total) {
        if (value != null && total != null && value > total) {
            cells.error(key, "value.exceeds", key, String.valueOf(value), totalKey, String.valueOf(total));
        }
    }

    private static void stageAbsent(RowValues cells, String key, int value, SchoolType type) {
        String typeName = cells.englishMessages() ? type.key() : type.chineseName();
        cells.error(key, "value.stage_absent", String.valueOf(value), typeName);
    }

    @Override
    public void check(List<ParsedRow<Row>> batch) {
        Map<String, School> known = registered.apply(batch.stream()
                .map(row -> row.value().schoolYear().statistics().schoolCode()).toList());
        for (ParsedRow<Row> row : batch) {
            SchoolStatistics statistics = row.value().schoolYear().statistics();
            String county = row.value().county().value();
            int school = schools.meet(row.value().schoolKey(), row.rowNumber(), county, statistics.year());
            if (school >= 0) {
                Integer first = schools.firstRowOf(school, statistics.year(), row.rowNumber());
                if (first != null) {
                    row.cells().error("school_code", "row.duplicate", String.valueOf(first),
                            statistics.year() + "/" + statistics.schoolCode());
                }
            }
            if (!scope.regionAllowed().test(row.value().county().value())) {
                row.cells().error("county_code", "scope.region", row.value().county().value());
                refused.accept(row.value().county().value());
            } else if (!scope.schoolAllowed().test(statistics.schoolCode())) {
                row.cells().error("school_code", "scope.school", statistics.schoolCode());
                refused.accept(row.value().county().value());
            } else {
                elsewhere(row, known.get(statistics.schoolCode()));
            }
            if (school >= 0 && !schools.county(school).equals(county)) {
                row.cells().error("county_code", "school.county_conflict", statistics.schoolCode(),
                        String.valueOf(schools.firstRow(school)), schools.county(school), county);
            }
            FirstSeen seen = countyNames.get(county);
            if (seen == null) {
                countyNames.put(county, new FirstSeen(row.rowNumber(), row.value().countyName()));
            } else if (!seen.name().equals(row.value().countyName())) {
                row.cells().error("county_name", "county.name_conflict", county, String.valueOf(seen.row()), seen.name(),
                        row.value().countyName());
            }
        }
    }

    /**
     * A school registered in another county is not moved by a statistics row: moving a school is an
     * administrator's action of its own. Whose county the school is in is said only to those who may see it.
     */
    private void elsewhere(ParsedRow<Row> row, School registeredAs) {
        String county = row.value().county().value();
        if (registeredAs == null || registeredAs.countyCode().equals(county)) {
            return;
        }
        if (scope.regionAllowed().test(registeredAs.countyCode())) {
            row.cells().error("county_code", "school.registered_elsewhere", registeredAs.code(), registeredAs.countyCode(),
                    county);
        } else {
            row.cells().error("school_code", "scope.school", registeredAs.code());
        }
        refused.accept(registeredAs.countyCode());
        refused.accept(county);
    }

    @Override
    public void store(List<Row> batch) {
        sink.accept(batch);
        storedAny = true;
    }

    /** Stores a batch in the registry, creating counties (and their city and province) on first sight. */
    /** Ends a file of which some batch was stored: a file of nothing but its header leaves nothing to end. */
    @Override
    public void finish() {
        if (storedAny) {
            afterLastBatch.run();
        }
    }

    /**
     * Stores a batch in the import's transaction; {@link Registry#storeStagedSchoolYears()} ends the file.
     * A county is made sure of once a file ({@code countiesEnsured} holds those already seen to).
     */
    static void store(Registry registry, List<Row> batch, Set<String> countiesEnsured) {
        Map<RegionCode, String> counties = new LinkedHashMap<>();
        for (Row row : batch) {
            if (countiesEnsured.add(row.county().value())) {
                counties.put(row.county(), row.countyName());
            }
        }
        if (!counties.isEmpty()) {
            registry.ensureCounties(counties);
        }
        registry.stageSchoolYears(new ArrayList<>(batch.stream().map(Row::schoolYear).toList()));
    }
}
