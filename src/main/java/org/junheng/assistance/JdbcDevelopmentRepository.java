package org.junheng.assistance;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junheng.registry.Labelled;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Studios, training records and mentor pairs. */
@Repository
class JdbcDevelopmentRepository {

    private final JdbcTemplate jdbc;

    JdbcDevelopmentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insertStudio(Studio s) {
        return GeneratedIds.insert(jdbc, "INSERT INTO studio (name, kind, level, school_code, leader, moved_down, programme_id, "
                        + "set_up_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", s.name(), s.kind().key(), s.level().key(),
                s.schoolCode(), s.leader(), s.movedDown(), s.programmeId(), Date.valueOf(s.setUpOn()));
    }

    private static final String STUDIO_COLUMNS = "SELECT st.id, st.name, st.kind, st.level, st.school_code, st.leader, "
            + "st.moved_down, st.programme_id, st.set_up_on, st.version FROM studio st";

    Optional<Studio> findStudio(long id) {
        return jdbc.query(STUDIO_COLUMNS + " WHERE st.id = ?", (rs, i) -> studio(rs), id).stream().findFirst();
    }

    /** The studios at schools of a region (a code prefix; empty for all). */
    List<Studio> findStudios(String regionPrefix) {
        return jdbc.query(STUDIO_COLUMNS + " JOIN school s ON s.code = st.school_code WHERE s.county_code LIKE ? "
                + "ORDER BY st.set_up_on, st.id", (rs, i) -> studio(rs), regionPrefix + "%");
    }

    List<Studio> findStudiosOf(long programmeId) {
        return jdbc.query(STUDIO_COLUMNS + " WHERE st.programme_id = ? ORDER BY st.set_up_on, st.id", (rs, i) -> studio(rs),
                programmeId);
    }

    private static Studio studio(ResultSet rs) throws SQLException {
        return new Studio(rs.getLong(1), rs.getString(2), Labelled.parse(StudioKind.class, rs.getString(3)).orElseThrow(),
                Labelled.parse(OutcomeLevel.class, rs.getString(4)).orElseThrow(), rs.getString(5), rs.getString(6),
                rs.getBoolean(7), rs.getObject(8, Long.class), rs.getDate(9).toLocalDate(), rs.getInt(10));
    }

    long insertTraining(TrainingRecord t) {
        return GeneratedIds.insert(jdbc, "INSERT INTO training_record (teacher_id, course, provider, hours, completed_on) "
                + "VALUES (?, ?, ?, ?, ?)", t.teacherId(), t.course(), t.provider(), t.hours(), Date.valueOf(t.completedOn()));
    }

    List<TrainingRecord> findTraining(String teacherId) {
        return jdbc.query("SELECT id, teacher_id, course, provider, hours, completed_on FROM training_record WHERE teacher_id = ? "
                + "ORDER BY completed_on, id", (rs, i) -> new TrainingRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getBigDecimal(5), rs.getDate(6).toLocalDate()), teacherId);
    }

    /** A county's compulsory-stage teachers, and those with the hours within the period. */
    record Completion(String county, long teachers, long completed) {
    }

    /**
     * For each county of a region that has training records completed within the period: its
     * primary and junior teachers of the roster, and how many of them completed at least the hours.
     * The counties with records are found first, so a store without training records costs one
     * small query, not a walk over every roster.
     */
    List<Completion> findTrainingCompletion(String regionPrefix, LocalDate from, LocalDate to, BigDecimal hours) {
        List<String> counties = jdbc.queryForList("SELECT DISTINCT s.county_code FROM training_record r "
                + "JOIN teacher t ON t.teacher_id = r.teacher_id JOIN school s ON s.code = t.school_code "
                + "WHERE r.completed_on >= ? AND r.completed_on <= ? AND s.county_code LIKE ?", String.class,
                Date.valueOf(from), Date.valueOf(to), regionPrefix + "%");
        if (counties.isEmpty()) {
            return List.of();
        }
        String inCounties = " AND s.county_code IN (" + String.join(", ", java.util.Collections.nCopies(counties.size(), "?"))
                + ")";
        java.util.Map<String, Long> teachers = new java.util.TreeMap<>();
        jdbc.query("SELECT s.county_code, COUNT(*) FROM teacher t JOIN school s ON s.code = t.school_code "
                + "WHERE t.stage IN ('primary', 'junior')" + inCounties + " GROUP BY s.county_code",
                (java.sql.ResultSet rs) -> {
                    teachers.put(rs.getString(1), rs.getLong(2));
                }, counties.toArray());
        // from the teachers with enough hours to the roster by its key: no walk over the whole roster
        List<Object> args = new java.util.ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to), hours));
        args.addAll(counties);
        java.util.Map<String, Long> completed = new java.util.HashMap<>();
        jdbc.query("SELECT s.county_code, COUNT(*) FROM (SELECT teacher_id FROM training_record "
                + "WHERE completed_on >= ? AND completed_on <= ? GROUP BY teacher_id HAVING SUM(hours) >= ?) h "
                + "JOIN teacher t ON t.teacher_id = h.teacher_id JOIN school s ON s.code = t.school_code "
                + "WHERE t.stage IN ('primary', 'junior')" + inCounties + " GROUP BY s.county_code",
                (java.sql.ResultSet rs) -> {
                    completed.put(rs.getString(1), rs.getLong(2));
                }, args.toArray());
        return teachers.entrySet().stream()
                .map(e -> new Completion(e.getKey(), e.getValue(), completed.getOrDefault(e.getKey(), 0L))).toList();
    }

    /** A placement of a teacher at a rural school, as it counts toward rural service. */
    record RuralPlacement(String person, String toSchool, LocalDate startDate, LocalDate endDate) {
    }

    List<RuralPlacement> findRuralPlacements(List<String> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(people.size(), "?"));
        return jdbc.query("SELECT p.person, p.to_school, p.start_date, p.end_date FROM placement p "
                        + "JOIN school s ON s.code = p.to_school WHERE s.location = 'rural' AND p.person IN (" + marks + ") "
                        + "ORDER BY p.person, p.start_date",
                (rs, i) -> new RuralPlacement(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate()), people.toArray());
    }

    /** The region an organisation is registered in, if it exists. */
    Optional<String> findOrganisationRegion(long id) {
        return jdbc.queryForList("SELECT region_code FROM organisation WHERE id = ?", String.class, id).stream().findFirst();
    }

    long insertMentorPair(MentorPair m) {
        return GeneratedIds.insert(jdbc, "INSERT INTO mentor_pair (mentor, mentee, programme_id, paired_on) VALUES (?, ?, ?, ?)",
                m.mentor(), m.mentee(), m.programmeId(), Date.valueOf(m.pairedOn()));
    }

    /** A mentor pair with the school its mentee teaches at. */
    record Mentoring(MentorPair pair, String menteeSchool) {
    }

    private static final String MENTORING = "SELECT m.id, m.mentor, m.mentee, m.programme_id, m.paired_on, t.school_code "
            + "FROM mentor_pair m JOIN teacher t ON t.teacher_id = m.mentee JOIN school s ON s.code = t.school_code";

    private static Mentoring mentoring(ResultSet rs) throws SQLException {
        return new Mentoring(new MentorPair(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
                rs.getDate(5).toLocalDate()), rs.getString(6));
    }

    /** Mentor pairs whose mentee teaches at a school of the region (a code prefix), with that school. */
    List<Mentoring> findMentoring(String regionPrefix) {
        return jdbc.query(MENTORING + " WHERE s.county_code LIKE ? ORDER BY m.paired_on, m.id", (rs, i) -> mentoring(rs),
                regionPrefix + "%");
    }

    List<Mentoring> findMentoringOf(long programmeId) {
        return jdbc.query(MENTORING + " WHERE m.programme_id = ? ORDER BY m.id", (rs, i) -> mentoring(rs), programmeId);
    }

    long insertRelation(SchoolRelation r) {
        return GeneratedIds.insert(jdbc, "INSERT INTO school_relation (kind, school_code, partner_school, partner_organisation, "
                        + "programme_id, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?)", r.kind().key(), r.schoolCode(),
                r.partnerSchool(), r.partnerOrganisation(), r.programmeId(), Date.valueOf(r.startDate()),
                r.endDate() == null ? null : Date.valueOf(r.endDate()));
    }

    private static final String RELATIONS = "SELECT r.id, r.kind, r.school_code, r.partner_school, r.partner_organisation, "
            + "r.programme_id, r.start_date, r.end_date FROM school_relation r";

    private static SchoolRelation relation(ResultSet rs) throws SQLException {
        Date end = rs.getDate(8);
        return new SchoolRelation(rs.getLong(1), Labelled.parse(RelationKind.class, rs.getString(2)).orElseThrow(),
                rs.getString(3), rs.getString(4), rs.getObject(5, Long.class), rs.getObject(6, Long.class),
                rs.getDate(7).toLocalDate(), end == null ? null : end.toLocalDate());
    }

    /** Relations with a school of the region (a code prefix) on either side. */
    List<SchoolRelation> findRelations(String regionPrefix) {
        return jdbc.query(RELATIONS + " WHERE r.school_code IN (SELECT code FROM school WHERE county_code LIKE ?) "
                + "OR r.partner_school IN (SELECT code FROM school WHERE county_code LIKE ?) ORDER BY r.id",
                (rs, i) -> relation(rs), regionPrefix + "%", regionPrefix + "%");
    }

    List<SchoolRelation> findRelationsOf(long programmeId) {
        return jdbc.query(RELATIONS + " WHERE r.programme_id = ? ORDER BY r.id", (rs, i) -> relation(rs), programmeId);
    }
}
