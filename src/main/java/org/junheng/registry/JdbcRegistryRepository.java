package org.junheng.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.TreeMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The registry's tables. Upserts are written as update-then-insert so that the same SQL runs on
 * H2 and PostgreSQL.
 */
@Repository
class JdbcRegistryRepository {

    private static final String STATISTICS_COLUMNS = """
            school_code, stat_year, students_primary, students_junior, students_senior,
            classes_primary, classes_junior, oversize_classes_primary, oversize_classes_junior,
            teachers_primary, teachers_junior, qualified_teachers_primary, qualified_teachers_junior,
            backbone_teachers_primary, backbone_teachers_junior, pe_art_teachers_primary, pe_art_teachers_junior,
            certified_teachers, teaching_area, sports_area, equipment_value, multimedia_classrooms,
            music_rooms, art_rooms, music_room_min_area, art_room_min_area,
            computers, books, titled_teachers_primary, titled_teachers_junior, ownership, administered_by, built_year,
            music_room_areas, art_room_areas""";

    private static final String TEACHER_COLUMNS = """
            teacher_id, school_code, stage, subject, gender, birth_year, education, title, backbone_level,
            special_grade, subject_leader, years_at_school, rural_years, seeking_senior_title, exempt, certified""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcRegistryRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    // regions

    Optional<Region> findRegion(String code) {
        List<Region> found = jdbc.query("SELECT code, name, level, parent_code FROM region WHERE code = ?",
                (rs, i) -> new Region(rs.getString(1), rs.getString(2), level(rs.getString(3)), rs.getString(4), Set.of()),
                code);
        return found.stream().findFirst().map(r -> new Region(r.code(), r.name(), r.level(), r.parentCode(), tagsOf(r.code())));
    }

    List<Region> findAllRegions() {
        Map<String, Set<RegionTag>> tags = new HashMap<>();
        jdbc.query("SELECT region_code, tag FROM region_tag", rs -> {
            tags.computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(RegionTag.class))
                    .add(Labelled.parse(RegionTag.class, rs.getString(2)).orElseThrow());
        });
        return jdbc.query("SELECT code, name, level, parent_code FROM region ORDER BY code",
                (rs, i) -> new Region(rs.getString(1), rs.getString(2), level(rs.getString(3)), rs.getString(4),
                        tags.getOrDefault(rs.getString(1), Set.of())));
    }

    /** Inserts or renames a region; tags are replaced only when {@code replaceTags} is set. */
    void saveRegion(Region region, boolean replaceTags) {
        int updated = jdbc.update("UPDATE region SET name = ?, level = ?, parent_code = ? WHERE code = ?",
                region.name(), region.level().key(), region.parentCode(), region.code());
        if (updated == 0) {
            jdbc.update("INSERT INTO region (code, name, level, parent_code) VALUES (?, ?, ?, ?)",
                    region.code(), region.name(), region.level().key(), region.parentCode());
        }
        if (replaceTags) {
            jdbc.update("DELETE FROM region_tag WHERE region_code = ?", region.code());
            for (RegionTag tag : region.tags()) {
                jdbc.update("INSERT INTO region_tag (region_code, tag) VALUES (?, ?)", region.code(), tag.key());
            }
        }
    }

    /** The names of those of {@code codes} that are regions, by code. */
    Map<String, String> regionNames(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            named.query("SELECT code, name FROM region WHERE code IN (:codes)", new MapSqlParameterSource("codes", codes),
                    rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    });
        }
        return names;
    }

    private Set<RegionTag> tagsOf(String code) {
        Set<RegionTag> tags = EnumSet.noneOf(RegionTag.class);
        jdbc.query("SELECT tag FROM region_tag WHERE region_code = ?",
                rs -> { tags.add(Labelled.parse(RegionTag.class, rs.getString(1)).orElseThrow()); }, code);
        return tags;
    }

    // schools and statistics

    void saveSchools(List<School> schools) {
        if (schools.isEmpty()) {
            return;
        }
        int[] updated = jdbc.batchUpdate("""
                        UPDATE school SET name = ?, school_type = ?, location = ?, county_code = ?, longitude = ?, latitude = ?
                        WHERE code = ?""", schools, schools.size(), (ps, s) -> {
                    ps.setString(1, s.name());
                    ps.setString(2, s.type().key());
                    ps.setString(3, s.location().key());
                    ps.setString(4, s.countyCode());
                    ps.setObject(5, s.longitude(), java.sql.Types.DOUBLE);
                    ps.setObject(6, s.latitude(), java.sql.Types.DOUBLE);
                    ps.setString(7, s.code());
                })[0];
        insertSchools(IntStream.range(0, schools.size()).filter(i -> updated[i] == 0).mapToObj(schools::get).toList());
    }

    /** Inserts schools known not to be registered. */
    void insertSchools(List<School> missing) {
        if (missing.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO school (code, name, school_type, location, county_code, longitude, latitude)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", missing, missing.size(), (ps, s) -> {
            ps.setString(1, s.code());
            ps.setString(2, s.name());
            ps.setString(3, s.type().key());
            ps.setString(4, s.location().key());
            ps.setString(5, s.countyCode());
            ps.setObject(6, s.longitude(), java.sql.Types.DOUBLE);
            ps.setObject(7, s.latitude(), java.sql.Types.DOUBLE);
        });
    }

    void replaceStatistics(List<SchoolStatistics> statistics) {
        if (statistics.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("DELETE FROM school_statistics WHERE school_code = ? AND stat_year = ?", statistics,
                statistics.size(), (ps, s) -> {
                    ps.setString(1, s.schoolCode());
                    ps.setInt(2, s.year());
                });
        insertStatistics(statistics);
    }

    /** Inserts statistics of years a school has none of (a school registered by the same import has none). */
    void insertStatistics(List<SchoolStatistics> statistics) {
        if (statistics.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO school_statistics (" + STATISTICS_COLUMNS + ") VALUES ("
                + "?,".repeat(34) + "?)", statistics, statistics.size(), (ps, s) -> {
            int i = 1;
            ps.setString(i++, s.schoolCode());
            ps.setInt(i++, s.year());
            ps.setInt(i++, s.primary().students());
            ps.setInt(i++, s.junior().students());
            ps.setInt(i++, s.studentsSenior());
            ps.setInt(i++, s.primary().classes());
            ps.setInt(i++, s.junior().classes());
            ps.setInt(i++, s.primary().oversizeClasses());
            ps.setInt(i++, s.junior().oversizeClasses());
            ps.setInt(i++, s.primary().teachers());
            ps.setInt(i++, s.junior().teachers());
            ps.setInt(i++, s.primary().qualifiedTeachers());
            ps.setInt(i++, s.junior().qualifiedTeachers());
            ps.setInt(i++, s.primary().backboneTeachers());
            ps.setInt(i++, s.junior().backboneTeachers());
            ps.setInt(i++, s.primary().peArtTeachers());
            ps.setInt(i++, s.junior().peArtTeachers());
            SchoolFacilities f = s.facilities();
            ps.setInt(i++, f.certifiedTeachers());
            ps.setBigDecimal(i++, f.teachingArea());
            ps.setBigDecimal(i++, f.sportsArea());
            ps.setBigDecimal(i++, f.equipmentValue());
            ps.setInt(i++, f.multimediaClassrooms());
            ps.setInt(i++, f.musicRooms());
            ps.setInt(i++, f.artRooms());
            ps.setBigDecimal(i++, f.musicRoomMinArea());
            ps.setBigDecimal(i++, f.artRoomMinArea());
            BasicBalanceFigures b = s.basic();
            ps.setObject(i++, b.computers(), Types.INTEGER);
            ps.setObject(i++, b.books(), Types.INTEGER);
            ps.setObject(i++, b.titledTeachersPrimary(), Types.INTEGER);
            ps.setObject(i++, b.titledTeachersJunior(), Types.INTEGER);
            ps.setString(i++, b.ownership() == null ? null : b.ownership().key());
            ps.setString(i++, b.administeredBy() == null ? null : b.administeredBy().key());
            ps.setObject(i++, f.builtYear(), Types.INTEGER);
            ps.setString(i++, SchoolFacilities.joinAreas(f.musicRoomAreas()));
            ps.setString(i, SchoolFacilities.joinAreas(f.artRoomAreas()));
        });
    }

    /** Whether the database is PostgreSQL, whose COPY takes a batch of rows far faster than row statements. */
    boolean onPostgreSql() {
        if (postgreSql == null) {
            postgreSql = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                    .toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }
        return postgreSql;
    }

    private volatile Boolean postgreSql;

    /**
     * On PostgreSQL: copies schools and their statistics into tables of the session, to be merged by
     * {@link #storeStagedSchoolYears()} in the same transaction — a national file in a few set statements rather
     * than four statements a row.
     */
    void stageSchoolYears(List<School> schools, List<SchoolStatistics> statistics) {
        jdbc.execute((java.sql.Connection connection) -> {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (java.sql.Statement sql = connection.createStatement()) {
                createStagingTables(sql);
                copy.copyIn("COPY school_incoming (" + SCHOOL_COLUMNS + ") FROM STDIN (FORMAT csv)",
                        new java.io.StringReader(CopyText.of(schools, JdbcRegistryRepository::schoolFields)));
                copy.copyIn("COPY school_statistics_incoming (" + STATISTICS_COLUMNS + ") FROM STDIN (FORMAT csv)",
                        new java.io.StringReader(CopyText.of(statistics, JdbcRegistryRepository::statisticsFields)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
    }

    /**
     * Merges what {@link #stageSchoolYears} copied: a school given more than once takes its last row; rows equal
     * to what is stored are left as they are, so a file imported again rewrites nothing.
     */
    void storeStagedSchoolYears() {
        // the import plans its row statements anew each time; the merge's key checks (one a row) need no fresh plan
        jdbc.execute((java.sql.Statement sql) -> createStagingTables(sql)); // none staged on this connection yet
        String planning = jdbc.queryForObject("SELECT current_setting('plan_cache_mode')", String.class);
        jdbc.execute("SET LOCAL plan_cache_mode = auto");
        jdbc.execute("ANALYZE school_incoming, school_statistics_incoming");
        String latest = "(SELECT DISTINCT ON (code) " + SCHOOL_COLUMNS + " FROM school_incoming ORDER BY code, arrival DESC)";
        jdbc.update("UPDATE school s SET name = i.name, school_type = i.school_type, location = i.location, "
                + "county_code = i.county_code, longitude = i.longitude, latitude = i.latitude FROM " + latest
                + " i WHERE s.code = i.code AND " + differ(SCHOOL_COLUMNS));
        jdbc.update("INSERT INTO school (" + SCHOOL_COLUMNS + ") SELECT " + SCHOOL_COLUMNS + " FROM " + latest
                + " i WHERE NOT EXISTS (SELECT 1 FROM school s WHERE s.code = i.code)");
        jdbc.update("DELETE FROM school_statistics s USING school_statistics_incoming i "
                + "WHERE s.school_code = i.school_code AND s.stat_year = i.stat_year AND " + differ(STATISTICS_COLUMNS));
        jdbc.update("INSERT INTO school_statistics (" + STATISTICS_COLUMNS + ") SELECT " + STATISTICS_COLUMNS
                + " FROM school_statistics_incoming i WHERE NOT EXISTS (SELECT 1 FROM school_statistics s "
                + "WHERE s.school_code = i.school_code AND s.stat_year = i.stat_year)");
        jdbc.execute("TRUNCATE school_incoming, school_statistics_incoming");
        // the next lookups and the re-assessment are planned on the tables as they now are, not as they were
        jdbc.execute("ANALYZE school, school_statistics");
        jdbc.queryForObject("SELECT set_config('plan_cache_mode', ?, true)", String.class, planning);
    }

    /** The session's tables a file is copied into; they empty at every commit. */
    private static Void createStagingTables(java.sql.Statement sql) throws java.sql.SQLException {
        sql.execute("CREATE TEMPORARY TABLE IF NOT EXISTS school_incoming (LIKE school, arrival BIGSERIAL) "
                + "ON COMMIT DELETE ROWS");
        sql.execute("CREATE TEMPORARY TABLE IF NOT EXISTS school_statistics_incoming (LIKE school_statistics) "
                + "ON COMMIT DELETE ROWS");
        return null;
    }

    /** {@code (s.a, s.b, …) IS DISTINCT FROM (i.a, i.b, …)} over the columns listed. */
    private static String differ(String columns) {
        List<String> names = java.util.Arrays.stream(columns.split(",")).map(String::strip).toList();
        return "(" + String.join(", ", names.stream().map(n -> "s." + n).toList()) + ") IS DISTINCT FROM ("
                + String.join(", ", names.stream().map(n -> "i." + n).toList()) + ")";
    }

    private static final String SCHOOL_COLUMNS = "code, name, school_type, location, county_code, longitude, latitude";

    private static Object[] schoolFields(School s) {
        return new Object[] {s.code(), s.name(), s.type().key(), s.location().key(), s.countyCode(), s.longitude(),
            s.latitude()};
    }

    /** A school's statistics in the order of {@link #STATISTICS_COLUMNS}. */
    private static Object[] statisticsFields(SchoolStatistics s) {
        SchoolFacilities f = s.facilities();
        BasicBalanceFigures b = s.basic();
        return new Object[] {s.schoolCode(), s.year(), s.primary().students(), s.junior().students(), s.studentsSenior(),
            s.primary().classes(), s.junior().classes(), s.primary().oversizeClasses(), s.junior().oversizeClasses(),
            s.primary().teachers(), s.junior().teachers(), s.primary().qualifiedTeachers(), s.junior().qualifiedTeachers(),
            s.primary().backboneTeachers(), s.junior().backboneTeachers(), s.primary().peArtTeachers(),
            s.junior().peArtTeachers(), f.certifiedTeachers(), f.teachingArea(), f.sportsArea(), f.equipmentValue(),
            f.multimediaClassrooms(), f.musicRooms(), f.artRooms(), f.musicRoomMinArea(), f.artRoomMinArea(),
            b.computers(), b.books(), b.titledTeachersPrimary(), b.titledTeachersJunior(),
            b.ownership() == null ? null : b.ownership().key(), b.administeredBy() == null ? null : b.administeredBy().key(),
            f.builtYear(), SchoolFacilities.joinAreas(f.musicRoomAreas()), SchoolFacilities.joinAreas(f.artRoomAreas())};
    }

    Map<String, School> findSchoolsByCode(Collection<String> codes) {
        Map<String, School> schools = new HashMap<>();
        if (codes.isEmpty()) {
            return schools;
        }
        org.springframework.jdbc.core.RowCallbackHandler keep = rs -> {
            School school = SCHOOL.mapRow(rs, 0);
            schools.put(school.code(), school);
        };
        if (onPostgreSql()) {
            // one array parameter: a statement of a thousand parameters costs PostgreSQL more to plan than to run
            jdbc.query("SELECT code, name, school_type, location, county_code, longitude, latitude FROM school "
                    + "WHERE code = ANY (?)", ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar",
                    codes.toArray())), keep);
        } else {
            named.query("SELECT code, name, school_type, location, county_code, longitude, latitude FROM school "
                    + "WHERE code IN (:codes)", new MapSqlParameterSource("codes", codes), keep);
        }
        return schools;
    }

    long countSchools() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM school", Long.class);
    }

    PageOf<School> findSchools(SchoolQuery query, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (query.regionCode() != null) {
            where.append(" AND county_code LIKE :prefix");
            params.addValue("prefix", regionPrefix(query.regionCode()) + "%");
        }
        if (query.schoolCode() != null) {
            where.append(" AND code = :school");
            params.addValue("school", query.schoolCode());
        }
        if (query.type() != null) {
            where.append(" AND school_type = :type");
            params.addValue("type", query.type().key());
        }
        if (query.location() != null) {
            where.append(" AND location = :location");
            params.addValue("location", query.location().key());
        }
        if (query.text() != null) {
            where.append(" AND (name LIKE :name ESCAPE '\\' OR code LIKE :code ESCAPE '\\')");
            String literal = query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.addValue("name", "%" + literal + "%").addValue("code", literal + "%");
        }
        long total = named.queryForObject("SELECT COUNT(*) FROM school" + where, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<School> content = named.query("SELECT code, name, school_type, location, county_code, longitude, latitude FROM school"
                + where + " ORDER BY code LIMIT :limit OFFSET :offset", params, SCHOOL);
        return PageOf.of(content, page, size, total);
    }

    /** Those of the names that more than one school of the region has. */
    Set<String> sharedSchoolNames(String regionCode, List<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("names", names)
                .addValue("prefix", (regionCode == null ? "" : regionPrefix(regionCode)) + "%");
        return new java.util.HashSet<>(named.queryForList("SELECT name FROM school WHERE name IN (:names) "
                + "AND county_code LIKE :prefix GROUP BY name HAVING COUNT(*) > 1", params, String.class));
    }

    List<School> findSchoolsNamed(String regionCode, String nameOrCode) {
        MapSqlParameterSource params = new MapSqlParameterSource("typed", nameOrCode)
                .addValue("prefix", (regionCode == null ? "" : regionPrefix(regionCode)) + "%");
        return named.query("SELECT code, name, school_type, location, county_code, longitude, latitude FROM school "
                + "WHERE (code = :typed OR name = :typed) AND county_code LIKE :prefix ORDER BY code", params, SCHOOL);
    }

    Optional<School> findSchool(String code) {
        return jdbc.query("SELECT code, name, school_type, location, county_code, longitude, latitude FROM school WHERE code = ?",
                SCHOOL, code).stream().findFirst();
    }

    List<SchoolStatistics> findStatistics(String schoolCode) {
        return jdbc.query("SELECT " + STATISTICS_COLUMNS + " FROM school_statistics WHERE school_code = ? ORDER BY stat_year",
                STATISTICS, schoolCode);
    }

    List<SchoolYear> findSchoolYears(String regionCode, int year) {
        Map<String, School> schools = new LinkedHashMap<>();
        jdbc.query("SELECT code, name, school_type, location, county_code, longitude, latitude FROM school WHERE county_code LIKE ?",
                rs -> { School s = SCHOOL.mapRow(rs, 0); schools.put(s.code(), s); }, regionPrefix(regionCode) + "%");
        List<SchoolYear> result = new ArrayList<>();
        // county by county, as the assessment engine takes them fastest (a school's code need not begin with its county's)
        jdbc.query("SELECT " + STATISTICS_COLUMNS + " FROM school_statistics s JOIN school c ON c.code = s.school_code "
                + "WHERE s.stat_year = ? AND c.county_code LIKE ? ORDER BY c.county_code, s.school_code", rs -> {
            SchoolStatistics st = STATISTICS.mapRow(rs, 0);
            result.add(new SchoolYear(schools.get(st.schoolCode()), st));
        }, year, regionPrefix(regionCode) + "%");
        return result;
    }

    Map<String, String> findCountyNames(String regionCode) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.query("SELECT code, name FROM region WHERE level = 'county' AND code LIKE ? ORDER BY code",
                rs -> { names.put(rs.getString(1), rs.getString(2)); }, regionPrefix(regionCode) + "%");
        return names;
    }

    List<Integer> findStatisticsYears() {
        return jdbc.queryForList("SELECT DISTINCT stat_year FROM school_statistics ORDER BY stat_year DESC", Integer.class);
    }

    // county facts

    void replaceCountyFacts(List<CountyFacts> facts) {
        List<Object[]> keys = facts.stream().map(f -> new Object[] {f.countyCode(), f.year()}).toList();
        jdbc.batchUpdate("DELETE FROM county_fact WHERE county_code = ? AND stat_year = ?", keys);
        jdbc.batchUpdate("DELETE FROM county_evidence WHERE county_code = ? AND stat_year = ?", keys);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> evidence = new ArrayList<>();
        for (CountyFacts f : facts) {
            f.values().forEach((fact, value) -> rows.add(new Object[] {f.countyCode(), f.year(), fact.key(), value}));
            if (f.evidence() != null) {
                evidence.add(new Object[] {f.countyCode(), f.year(), f.evidence()});
            }
        }
        jdbc.batchUpdate("INSERT INTO county_fact (county_code, stat_year, fact, fact_value) VALUES (?, ?, ?, ?)", rows);
        jdbc.batchUpdate("INSERT INTO county_evidence (county_code, stat_year, evidence) VALUES (?, ?, ?)", evidence);
    }

    Map<String, CountyFacts> findCountyFacts(String regionCode, int year) {
        Map<String, Map<CountyFact, BigDecimal>> values = new LinkedHashMap<>();
        jdbc.query("SELECT county_code, fact, fact_value FROM county_fact WHERE stat_year = ? AND county_code LIKE ?",
                rs -> {
                    for (CountyFact fact : CountyFact.values()) {
                        if (fact.key().equals(rs.getString(2))) {
                            values.computeIfAbsent(rs.getString(1), c -> new EnumMap<>(CountyFact.class))
                                    .put(fact, rs.getBigDecimal(3));
                        }
                    }
                }, year, regionPrefix(regionCode) + "%");
        Map<String, String> evidence = new LinkedHashMap<>();
        jdbc.query("SELECT county_code, evidence FROM county_evidence WHERE stat_year = ? AND county_code LIKE ?",
                rs -> { evidence.put(rs.getString(1), rs.getString(2)); }, year, regionPrefix(regionCode) + "%");
        Map<String, CountyFacts> facts = new TreeMap<>();
        values.forEach((county, v) -> facts.put(county, new CountyFacts(county, year, v, evidence.get(county))));
        evidence.forEach((county, e) -> facts.putIfAbsent(county, new CountyFacts(county, year, Map.of(), e)));
        return facts;
    }

    // teachers

    void deleteTeachersOfSchools(Collection<String> schoolCodes) {
        if (!schoolCodes.isEmpty()) {
            named.update("DELETE FROM teacher WHERE school_code IN (:codes)", new MapSqlParameterSource("codes", schoolCodes));
        }
    }

    Map<String, String> findSchoolsOfTeachers(Collection<String> teacherIds) {
        Map<String, String> schools = new HashMap<>();
        List<String> ids = List.copyOf(teacherIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            named.query("SELECT teacher_id, school_code FROM teacher WHERE teacher_id IN (:ids)",
                    new MapSqlParameterSource("ids", ids.subList(from, Math.min(ids.size(), from + 1000))),
                    rs -> { schools.put(rs.getString(1), rs.getString(2)); });
        }
        return schools;
    }

    void saveTeachers(List<Teacher> teachers) {
        if (teachers.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("DELETE FROM teacher WHERE teacher_id = ?", teachers, teachers.size(),
                (ps, t) -> ps.setString(1, t.teacherId()));
        jdbc.batchUpdate("INSERT INTO teacher (" + TEACHER_COLUMNS + ") VALUES (" + "?,".repeat(15) + "?)", teachers,
                teachers.size(), (ps, t) -> {
                    ps.setString(1, t.teacherId());
                    ps.setString(2, t.schoolCode());
                    ps.setString(3, t.stage().key());
                    ps.setString(4, t.subject().key());
                    ps.setString(5, t.gender().key());
                    ps.setInt(6, t.birthYear());
                    ps.setString(7, t.education().key());
                    ps.setString(8, t.title().key());
                    ps.setString(9, t.backboneLevel().key());
                    ps.setBoolean(10, t.specialGrade());
                    ps.setBoolean(11, t.subjectLeader());
                    ps.setInt(12, t.yearsAtSchool());
                    ps.setInt(13, t.ruralYears());
                    ps.setBoolean(14, t.seekingSeniorTitle());
                    ps.setBoolean(15, t.exempt());
                    ps.setObject(16, t.certified(), Types.BOOLEAN);
                });
    }

    PageOf<Teacher> findTeachers(String schoolCode, String regionCode, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (schoolCode != null) {
            where.append(" AND t.school_code = :school");
            params.addValue("school", schoolCode);
        }
        if (regionCode != null) {
            where.append(" AND t.school_code IN (SELECT code FROM school WHERE county_code LIKE :prefix)");
            params.addValue("prefix", regionPrefix(regionCode) + "%");
        }
        long total = named.queryForObject("SELECT COUNT(*) FROM teacher t" + where, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<Teacher> content = named.query("SELECT " + TEACHER_COLUMNS + " FROM teacher t" + where
                + " ORDER BY t.teacher_id LIMIT :limit OFFSET :offset", params, TEACHER);
        return PageOf.of(content, page, size, total);
    }

    private static String regionPrefix(String regionCode) {
        return RegionCode.prefixOf(regionCode);
    }

    private static RegionLevel level(String key) {
        return Labelled.parse(RegionLevel.class, key).orElseThrow();
    }

    private static final RowMapper<School> SCHOOL = (rs, i) -> new School(rs.getString(1), rs.getString(2),
            Labelled.parse(SchoolType.class, rs.getString(3)).orElseThrow(),
            Labelled.parse(LocationClass.class, rs.getString(4)).orElseThrow(), rs.getString(5),
            (Double) rs.getObject(6, Double.class), (Double) rs.getObject(7, Double.class));

    private static final RowMapper<SchoolStatistics> STATISTICS = (rs, i) -> new SchoolStatistics(
            rs.getInt("stat_year"), rs.getString("school_code"),
            stage(rs, "primary"), stage(rs, "junior"), rs.getInt("students_senior"),
            new SchoolFacilities(rs.getInt("certified_teachers"), rs.getBigDecimal("teaching_area"),
                    rs.getBigDecimal("sports_area"), rs.getBigDecimal("equipment_value"),
                    rs.getInt("multimedia_classrooms"), rs.getInt("music_rooms"), rs.getInt("art_rooms"),
                    rs.getBigDecimal("music_room_min_area"), rs.getBigDecimal("art_room_min_area"),
                    rs.getObject("built_year", Integer.class),
                    SchoolFacilities.splitAreas(rs.getString("music_room_areas")),
                    SchoolFacilities.splitAreas(rs.getString("art_room_areas"))),
            new BasicBalanceFigures(rs.getObject("computers", Integer.class), rs.getObject("books", Integer.class),
                    rs.getObject("titled_teachers_primary", Integer.class), rs.getObject("titled_teachers_junior", Integer.class),
                    Labelled.parse(Ownership.class, rs.getString("ownership")).orElse(null),
                    Labelled.parse(AdministeringLevel.class, rs.getString("administered_by")).orElse(null)));

    private static StageStatistics stage(ResultSet rs, String stage) throws SQLException {
        return new StageStatistics(rs.getInt("students_" + stage), rs.getInt("classes_" + stage),
                rs.getInt("oversize_classes_" + stage), rs.getInt("teachers_" + stage),
                rs.getInt("qualified_teachers_" + stage), rs.getInt("backbone_teachers_" + stage),
                rs.getInt("pe_art_teachers_" + stage));
    }

    private static final RowMapper<Teacher> TEACHER = (rs, i) -> new Teacher(rs.getString(1), rs.getString(2),
            Labelled.parse(Stage.class, rs.getString(3)).orElseThrow(),
            Labelled.parse(Subject.class, rs.getString(4)).orElseThrow(),
            Labelled.parse(Gender.class, rs.getString(5)).orElseThrow(), rs.getInt(6),
            Labelled.parse(Education.class, rs.getString(7)).orElseThrow(),
            Labelled.parse(Title.class, rs.getString(8)).orElseThrow(),
            Labelled.parse(BackboneLevel.class, rs.getString(9)).orElseThrow(),
            rs.getBoolean(10), rs.getBoolean(11), rs.getInt(12), rs.getInt(13), rs.getBoolean(14), rs.getBoolean(15),
            rs.getObject(16, Boolean.class));
}
