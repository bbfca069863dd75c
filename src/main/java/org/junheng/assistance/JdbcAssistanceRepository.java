package org.junheng.assistance;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junheng.registry.Labelled;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAssistanceRepository {

    private final JdbcTemplate jdbc;

    JdbcAssistanceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private long insert(String sql, Object... args) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, key);
        return key.getKeyAs(Number.class) != null ? key.getKeyAs(Number.class).longValue()
                : ((Number) key.getKeys().get("id")).longValue();
    }

    long insertProgramme(Programme p) {
        long id = insert("INSERT INTO programme (kind, name, owner_region, community_type, start_date, end_date, goals, "
                        + "measures, version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                p.kind().key(), p.name(), p.ownerRegion(), p.communityType() == null ? null : p.communityType().key(),
                Date.valueOf(p.startDate()), p.endDate() == null ? null : Date.valueOf(p.endDate()), p.goals(), p.measures(),
                Timestamp.from(Instant.now()));
        jdbc.batchUpdate("INSERT INTO programme_school (programme_id, school_code, role) VALUES (?, ?, ?)",
                p.schools().stream().map(s -> new Object[] {id, s.schoolCode(), s.role().key()}).toList());
        return id;
    }

    Optional<Programme> findProgramme(long id) {
        return jdbc.query("SELECT id, kind, name, owner_region, community_type, start_date, end_date, goals, measures, version "
                + "FROM programme WHERE id = ?", (rs, i) -> programme(rs), id).stream().findFirst();
    }

    /** Programmes owned by a region (prefix) or with a school in it; all when the prefix is empty. */
    List<Programme> findProgrammes(String regionPrefix, String schoolCode) {
        String where = schoolCode != null
                ? " WHERE id IN (SELECT programme_id FROM programme_school WHERE school_code = ?)"
                : " WHERE owner_region LIKE ? OR id IN (SELECT ps.programme_id FROM programme_school ps "
                + "JOIN school s ON s.code = ps.school_code WHERE s.county_code LIKE ?)";
        Object[] args = schoolCode != null ? new Object[] {schoolCode} : new Object[] {regionPrefix + "%", regionPrefix + "%"};
        return jdbc.query("SELECT id, kind, name, owner_region, community_type, start_date, end_date, goals, measures, version "
                + "FROM programme" + where + " ORDER BY id", (rs, i) -> programme(rs), args);
    }

    private Programme programme(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        List<Programme.Participant> schools = jdbc.query(
                "SELECT school_code, role FROM programme_school WHERE programme_id = ? ORDER BY school_code",
                (r, i) -> new Programme.Participant(r.getString(1), Labelled.parse(SchoolRole.class, r.getString(2)).orElseThrow()),
                id);
        Date end = rs.getDate(7);
        return new Programme(id, Labelled.parse(ProgrammeKind.class, rs.getString(2)).orElseThrow(), rs.getString(3),
                rs.getString(4), rs.getString(5) == null ? null : Labelled.parse(CommunityType.class, rs.getString(5)).orElseThrow(),
                rs.getDate(6).toLocalDate(), end == null ? null : end.toLocalDate(), rs.getString(8), rs.getString(9),
                schools, rs.getInt(10));
    }

    long insertNeed(Need n) {
        return insert("INSERT INTO need (programme_id, school_code, subject, category, description, state, raised_on, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 0)", n.programmeId(), n.schoolCode(), n.subject(), n.category(),
                n.description(), n.state().key(), Date.valueOf(n.raisedOn()));
    }

    Optional<Need> findNeed(long id) {
        return jdbc.query("SELECT id, programme_id, school_code, subject, category, description, state, raised_on, version "
                + "FROM need WHERE id = ?", (rs, i) -> need(rs), id).stream().findFirst();
    }

    List<Need> findNeeds(long programmeId) {
        return jdbc.query("SELECT id, programme_id, school_code, subject, category, description, state, raised_on, version "
                + "FROM need WHERE programme_id = ? ORDER BY id", (rs, i) -> need(rs), programmeId);
    }

    /** Moves a need on if it is still at the version the caller saw; false when someone else changed it first. */
    boolean updateNeedState(long id, NeedState state, int expectedVersion) {
        return jdbc.update("UPDATE need SET state = ?, version = version + 1 WHERE id = ? AND version = ?", state.key(), id,
                expectedVersion) == 1;
    }

    private static Need need(ResultSet rs) throws SQLException {
        return new Need(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                Labelled.parse(NeedState.class, rs.getString(7)).orElseThrow(), rs.getDate(8).toLocalDate(), rs.getInt(9));
    }

    long insertPlacement(Placement p) {
        return insert("INSERT INTO placement (programme_id, kind, person, from_school, to_school, start_date, end_date, batch) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", p.programmeId(), p.kind().key(), p.person(), p.fromSchool(),
                p.toSchool(), Date.valueOf(p.startDate()), Date.valueOf(p.endDate()), p.batch());
    }

    List<Placement> findPlacements(long programmeId) {
        return jdbc.query("SELECT id, programme_id, kind, person, from_school, to_school, start_date, end_date, batch "
                        + "FROM placement WHERE programme_id = ? ORDER BY batch, id",
                (rs, i) -> new Placement(rs.getLong(1), rs.getLong(2),
                        Labelled.parse(PlacementKind.class, rs.getString(3)).orElseThrow(), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(), rs.getInt(9)),
                programmeId);
    }

    long insertActivity(Activity a) {
        return insert("INSERT INTO activity (programme_id, kind, held_on, school_code, place, experts, teachers_reached, "
                        + "students_reached, hours, notes, rating, feedback) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.programmeId(), a.kind().key(), Date.valueOf(a.heldOn()), a.schoolCode(), a.place(), a.experts(),
                a.teachersReached(), a.studentsReached(), a.hours(), a.notes(), a.rating(), a.feedback());
    }

    List<Activity> findActivities(long programmeId) {
        return jdbc.query("SELECT id, programme_id, kind, held_on, school_code, place, experts, teachers_reached, "
                        + "students_reached, hours, notes, rating, feedback FROM activity WHERE programme_id = ? "
                        + "ORDER BY held_on, id",
                (rs, i) -> new Activity(rs.getLong(1), rs.getLong(2),
                        Labelled.parse(ActivityKind.class, rs.getString(3)).orElseThrow(), rs.getDate(4).toLocalDate(),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getBigDecimal(10),
                        rs.getString(11), rs.getObject(12, Integer.class), rs.getString(13)),
                programmeId);
    }
}
