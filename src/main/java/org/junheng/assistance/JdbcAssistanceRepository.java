package org.junheng.assistance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junheng.registry.Labelled;
import org.junheng.registry.PageOf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAssistanceRepository {

    private final JdbcTemplate jdbc;

    JdbcAssistanceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A table of programme records: {@code id}, {@code programme_id}, the record's own columns and, for
     * versioned records, {@code version} — read in that order. Inserting, updating (a versioned record,
     * by id at the version read) and looking up are the same for each.
     */
    private record RecordTable<R extends ProgrammeRecord>(String name, List<String> columns, boolean versioned,
                                                          Function<R, Object[]> values, RowMapper<R> rows) {

        String select() {
            return "SELECT id, programme_id, " + String.join(", ", columns) + (versioned ? ", version" : "") + " FROM "
                    + name;
        }

        String insert() {
            return "INSERT INTO " + name + " (programme_id, " + String.join(", ", columns) + (versioned ? ", version" : "")
                    + ") VALUES (?" + ", ?".repeat(columns.size()) + (versioned ? ", 0" : "") + ")";
        }

        String delete() {
            return "DELETE FROM " + name + " WHERE id = ? AND version = ?";
        }

        String update() {
            return "UPDATE " + name + " SET " + columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                    + ", version = version + 1 WHERE id = ? AND version = ?";
        }
    }

    private static final RecordTable<Placement> PLACEMENTS = new RecordTable<>("placement",
            List.of("kind", "person", "from_school", "to_school", "start_date", "end_date", "batch", "to_organisation"), true,
            p -> new Object[] {p.kind().key(), p.person(), p.fromSchool(), p.toSchool(), Date.valueOf(p.startDate()),
                Date.valueOf(p.endDate()), p.batch(), p.toOrganisation()},
            (rs, i) -> placement(rs));

    private static final RecordTable<Activity> ACTIVITIES = new RecordTable<>("activity",
            List.of("kind", "held_on", "school_code", "place", "people", "subjects", "experts", "teachers_reached",
                    "students_reached", "hours", "notes", "rating", "feedback"), true,
            a -> new Object[] {a.kind().key(), Date.valueOf(a.heldOn()), a.schoolCode(), a.place(), a.people(), a.subjects(),
                a.experts(), a.teachersReached(), a.studentsReached(), a.hours(), a.notes(), a.rating(), a.feedback()},
            (rs, i) -> activity(rs));

    private static final RecordTable<Outcome> OUTCOMES = new RecordTable<>("outcome",
            List.of("kind", "level", "title", "school_code", "person", "achieved_on", "honour", "prize_rank", "project"), true,
            o -> new Object[] {o.kind().key(), o.level().key(), o.title(), o.schoolCode(), o.person(),
                Date.valueOf(o.achievedOn()), o.honour() == null ? null : o.honour().key(), o.rank(), o.project()},
            (rs, i) -> outcome(rs));

    private <R extends ProgrammeRecord> long insert(RecordTable<R> table, R record) {
        Object[] values = table.values().apply(record);
        Object[] args = new Object[values.length + 1];
        args[0] = record.programmeId();
        System.arraycopy(values, 0, args, 1, values.length);
        return insert(table.insert(), args);
    }

    /** Whether the record was updated: false when it changed since it was read at its version. */
    private <R extends VersionedRecord> boolean update(RecordTable<R> table, R record) {
        Object[] values = table.values().apply(record);
        Object[] args = Arrays.copyOf(values, values.length + 2);
        args[values.length] = record.id();
        args[values.length + 1] = record.version();
        return jdbc.update(table.update(), args) == 1;
    }

    private <R extends ProgrammeRecord> Optional<R> find(RecordTable<R> table, long id) {
        return jdbc.query(table.select() + " WHERE id = ?", table.rows(), id).stream().findFirst();
    }

    private <R extends ProgrammeRecord> PageOf<R> page(RecordTable<R> table, Where where, String order, int page, int size) {
        return page(table.select(), table.name(), where, order, table.rows(), page, size);
    }

    private <R extends ProgrammeRecord> List<R> findOf(RecordTable<R> table, long programmeId, String order) {
        return jdbc.query(table.select() + " WHERE programme_id = ? ORDER BY " + order, table.rows(), programmeId);
    }

    private long insert(String sql, Object... args) {
        return GeneratedIds.insert(jdbc, sql, args);
    }

    long insertProgramme(Programme p) {
        long id = insert("INSERT INTO programme (kind, name, owner_region, community_type, start_date, end_date, goals, "
                        + "measures, version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                p.kind().key(), p.name(), p.ownerRegion(), p.communityType() == null ? null : p.communityType().key(),
                Date.valueOf(p.startDate()), p.endDate() == null ? null : Date.valueOf(p.endDate()), p.goals(), p.measures(),
                Timestamp.from(Instant.now()));
        jdbc.batchUpdate("INSERT INTO programme_school (programme_id, school_code, role, area) VALUES (?, ?, ?, ?)",
                p.schools().stream().map(s -> new Object[] {id, s.schoolCode(), s.role().key(), s.area()}).toList());
        return id;
    }

    boolean updateProgramme(Programme p) {
        boolean updated = jdbc.update("UPDATE programme SET kind = ?, name = ?, owner_region = ?, community_type = ?, "
                        + "start_date = ?, end_date = ?, goals = ?, measures = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?", p.kind().key(), p.name(), p.ownerRegion(),
                p.communityType() == null ? null : p.communityType().key(), Date.valueOf(p.startDate()),
                p.endDate() == null ? null : Date.valueOf(p.endDate()), p.goals(), p.measures(), p.id(), p.version()) == 1;
        if (updated) {
            jdbc.update("DELETE FROM programme_school WHERE programme_id = ?", p.id());
            jdbc.batchUpdate("INSERT INTO programme_school (programme_id, school_code, role, area) VALUES (?, ?, ?, ?)",
                    p.schools().stream().map(s -> new Object[] {p.id(), s.schoolCode(), s.role().key(), s.area()}).toList());
        }
        return updated;
    }

    /** The schools that needs, activities, outcomes or placements (as receiving school) of a programme refer to. */
    List<String> schoolsWithRecords(long programmeId) {
        return jdbc.queryForList("SELECT school_code FROM need WHERE programme_id = ? UNION "
                + "SELECT school_code FROM activity WHERE programme_id = ? UNION "
                + "SELECT school_code FROM outcome WHERE programme_id = ? AND school_code IS NOT NULL UNION "
                + "SELECT to_school FROM placement WHERE programme_id = ? AND to_school IS NOT NULL", String.class, programmeId, programmeId,
                programmeId, programmeId);
    }

    Optional<Programme> findProgramme(long id) {
        return withParticipants(jdbc.query("SELECT id, kind, name, owner_region, community_type, start_date, end_date, goals, "
                + "measures, version FROM programme WHERE id = ?", (rs, i) -> programme(rs), id),
                "SELECT programme_id, school_code, role, area FROM programme_school WHERE programme_id = ?", id)
                .stream().findFirst();
    }

    /** Programmes owned by a region (prefix) or with a school in it; all when the prefix is empty. */
    List<Programme> findProgrammes(String regionPrefix, String schoolCode) {
        String where = schoolCode != null
                ? " WHERE id IN (SELECT programme_id FROM programme_school WHERE school_code = ?)"
                : " WHERE owner_region LIKE ? OR id IN (SELECT ps.programme_id FROM programme_school ps "
                + "JOIN school s ON s.code = ps.school_code WHERE s.county_code LIKE ?)";
        Object[] args = schoolCode != null ? new Object[] {schoolCode} : new Object[] {regionPrefix + "%", regionPrefix + "%"};
        return withParticipants(jdbc.query("SELECT id, kind, name, owner_region, community_type, start_date, end_date, goals, "
                + "measures, version FROM programme" + where + " ORDER BY id", (rs, i) -> programme(rs), args),
                "SELECT programme_id, school_code, role, area FROM programme_school WHERE programme_id IN "
                        + "(SELECT id FROM programme" + where + ")", args);
    }

    /**
     * The programmes read, each given its schools read by a second query after the first has ended: a query
     * inside the first one's row mapping would hold a second connection while the first is held, and requests
     * doing so at once wait on each other until the pool's timeout fails them all.
     */
    private List<Programme> withParticipants(List<Programme> programmes, String participantsSql, Object... args) {
        if (programmes.isEmpty()) {
            return programmes;
        }
        Map<Long, List<Programme.Participant>> participants = new HashMap<>();
        jdbc.query(participantsSql + " ORDER BY programme_id, school_code", (RowCallbackHandler) rs -> participants
                .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                .add(new Programme.Participant(rs.getString(2), Labelled.parse(SchoolRole.class, rs.getString(3)).orElseThrow(),
                        rs.getString(4))), args);
        return programmes.stream().map(p -> p.withSchools(List.copyOf(participants.getOrDefault(p.id(), List.of())))).toList();
    }

    /** A programme's own row, its schools not yet read. */
    private Programme programme(ResultSet rs) throws SQLException {
        Date end = rs.getDate(7);
        return new Programme(rs.getLong(1), Labelled.parse(ProgrammeKind.class, rs.getString(2)).orElseThrow(), rs.getString(3),
                rs.getString(4), rs.getString(5) == null ? null : Labelled.parse(CommunityType.class, rs.getString(5)).orElseThrow(),
                rs.getDate(6).toLocalDate(), end == null ? null : end.toLocalDate(), rs.getString(8), rs.getString(9),
                List.of(), rs.getInt(10));
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
        return insert(PLACEMENTS, p);
    }

    boolean updatePlacement(Placement p) {
        return update(PLACEMENTS, p);
    }

    /** Whether the placement was deleted: false when it changed since it was read at that version. */
    boolean deletePlacement(long id, int version) {
        return jdbc.update(PLACEMENTS.delete(), id, version) == 1;
    }

    Optional<Placement> findPlacement(long id) {
        return find(PLACEMENTS, id);
    }

    List<Placement> findPlacements(long programmeId) {
        return findOf(PLACEMENTS, programmeId, "batch, id");
    }

    PageOf<Placement> findPlacements(RecordFilter filter, int page, int size) {
        return page(PLACEMENTS, Where.of(filter, "start_date", "to_school", "kind"), "start_date, id", page, size);
    }

    private static Placement placement(ResultSet rs) throws SQLException {
        return new Placement(rs.getLong(1), rs.getLong(2), Labelled.parse(PlacementKind.class, rs.getString(3)).orElseThrow(),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(),
                rs.getInt(9), rs.getObject(10, Long.class), rs.getInt(11));
    }

    /** A rotation placement with the county of the school the teacher left. */
    record Rotation(String person, String fromSchool, String county) {
    }

    /** Rotation placements starting within a period, of teachers leaving schools of a region (prefix). */
    List<Rotation> findRotations(String regionPrefix, LocalDate from, LocalDate to) {
        return jdbc.query("SELECT p.person, p.from_school, s.county_code FROM placement p JOIN school s ON s.code = p.from_school "
                        + "WHERE p.kind = ? AND p.start_date >= ? AND p.start_date <= ? AND s.county_code LIKE ?",
                (rs, i) -> new Rotation(rs.getString(1), rs.getString(2), rs.getString(3)), PlacementKind.ROTATION.key(),
                Date.valueOf(from), Date.valueOf(to), regionPrefix + "%");
    }

    long insertActivity(Activity a) {
        return insert(ACTIVITIES, a);
    }

    boolean updateActivity(Activity a) {
        return update(ACTIVITIES, a);
    }

    Optional<Activity> findActivity(long id) {
        return find(ACTIVITIES, id);
    }

    List<Activity> findActivities(long programmeId) {
        return findOf(ACTIVITIES, programmeId, "held_on, id");
    }

    PageOf<Activity> findActivities(RecordFilter filter, int page, int size) {
        return page(ACTIVITIES, Where.of(filter, "held_on", "school_code", "kind"), "held_on, id", page, size);
    }

    private static Activity activity(ResultSet rs) throws SQLException {
        return new Activity(rs.getLong(1), rs.getLong(2), Labelled.parse(ActivityKind.class, rs.getString(3)).orElseThrow(),
                rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                rs.getInt(10), rs.getInt(11), rs.getBigDecimal(12), rs.getString(13), rs.getObject(14, Integer.class),
                rs.getString(15), rs.getInt(16));
    }

    long insertOutcome(Outcome o) {
        return insert(OUTCOMES, o);
    }

    /** Whether the outcome was deleted: false when it changed since it was read at that version. */
    boolean deleteOutcome(long id, int version) {
        return jdbc.update(OUTCOMES.delete(), id, version) == 1;
    }

    boolean updateOutcome(Outcome o) {
        return update(OUTCOMES, o);
    }

    Optional<Outcome> findOutcome(long id) {
        return find(OUTCOMES, id);
    }

    List<Outcome> findOutcomes(long programmeId) {
        return findOf(OUTCOMES, programmeId, "achieved_on, id");
    }

    PageOf<Outcome> findOutcomes(RecordFilter filter, int page, int size) {
        return page(OUTCOMES, Where.of(filter, "achieved_on", "school_code", "kind"), "achieved_on, id", page, size);
    }

    private static Outcome outcome(ResultSet rs) throws SQLException {
        return new Outcome(rs.getLong(1), rs.getLong(2), Labelled.parse(OutcomeKind.class, rs.getString(3)).orElseThrow(),
                Labelled.parse(OutcomeLevel.class, rs.getString(4)).orElseThrow(), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getDate(8).toLocalDate(), Labelled.parse(Honour.class, rs.getString(9)).orElse(null),
                rs.getObject(10, Integer.class), rs.getString(11), rs.getInt(12));
    }

    PageOf<Need> findNeeds(RecordFilter filter, int page, int size) {
        return page("SELECT id, programme_id, school_code, subject, category, description, state, raised_on, version FROM need",
                "need", Where.of(filter, "raised_on", "school_code", "state"), "raised_on, id",
                (rs, i) -> need(rs), page, size);
    }

    private <T> PageOf<T> page(String select, String table, Where where, String order, RowMapper<T> mapper, int page,
                               int size) {
        if (where.nothing()) {
            return PageOf.of(List.of(), page, size, 0);
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + where.sql(), Long.class, where.args().toArray());
        List<Object> args = new ArrayList<>(where.args());
        args.add(size);
        args.add((long) page * size);
        List<T> content = jdbc.query(select + where.sql() + " ORDER BY " + order + " LIMIT ? OFFSET ?", mapper,
                args.toArray());
        return PageOf.of(content, page, size, total == null ? 0 : total);
    }

    private static final RecordTable<RemoteClassroom> CLASSROOMS = new RecordTable<>("remote_classroom",
            List.of("school_code", "partner_school", "kind", "opened_on"), false,
            c -> new Object[] {c.schoolCode(), c.partnerSchool(), c.kind().key(), Date.valueOf(c.openedOn())},
            (rs, i) -> classroom(rs));

    long insertRemoteClassroom(RemoteClassroom c) {
        return insert(CLASSROOMS, c);
    }

    List<RemoteClassroom> findRemoteClassrooms(long programmeId) {
        return findOf(CLASSROOMS, programmeId, "id");
    }

    PageOf<RemoteClassroom> findRemoteClassrooms(RecordFilter filter, int page, int size) {
        return page(CLASSROOMS, Where.of(filter, "opened_on", "school_code", "kind"), "opened_on, id", page, size);
    }

    private static RemoteClassroom classroom(ResultSet rs) throws SQLException {
        return new RemoteClassroom(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                Labelled.parse(RemoteClassroomKind.class, rs.getString(5)).orElseThrow(), rs.getDate(6).toLocalDate());
    }

    private static final RecordTable<Donation> DONATIONS = new RecordTable<>("donation",
            List.of("school_code", "donor", "items", "value_yuan", "donated_on"), false,
            d -> new Object[] {d.schoolCode(), d.donor(), d.items(), d.valueYuan(), Date.valueOf(d.donatedOn())},
            (rs, i) -> donation(rs));

    long insertDonation(Donation d) {
        return insert(DONATIONS, d);
    }

    List<Donation> findDonations(long programmeId) {
        return findOf(DONATIONS, programmeId, "id");
    }

    PageOf<Donation> findDonations(RecordFilter filter, int page, int size) {
        return page(DONATIONS, Where.of(filter, "donated_on", "school_code", "donor"), "donated_on, id", page, size);
    }

    private static Donation donation(ResultSet rs) throws SQLException {
        return new Donation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getDate(7).toLocalDate());
    }

    private static final RecordTable<ClassPairing> CLASS_PAIRINGS = new RecordTable<>("class_pairing",
            List.of("school_code", "class_name", "partner_school", "partner_class", "student_pairs", "paired_on"), false,
            c -> new Object[] {c.schoolCode(), c.className(), c.partnerSchool(), c.partnerClass(), c.studentPairs(),
                Date.valueOf(c.pairedOn())},
            (rs, i) -> classPairing(rs));

    long insertClassPairing(ClassPairing c) {
        return insert(CLASS_PAIRINGS, c);
    }

    List<ClassPairing> findClassPairings(long programmeId) {
        return findOf(CLASS_PAIRINGS, programmeId, "id");
    }

    PageOf<ClassPairing> findClassPairings(RecordFilter filter, int page, int size) {
        return page(CLASS_PAIRINGS, Where.of(filter, "paired_on", "school_code", "class_name"), "paired_on, id", page,
                size);
    }

    private static ClassPairing classPairing(ResultSet rs) throws SQLException {
        return new ClassPairing(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getDate(8).toLocalDate());
    }

    /** A WHERE clause built from a filter, with its arguments in order. */
    private record Where(String sql, List<Object> args, boolean nothing) {

        static Where of(RecordFilter filter, String dateColumn, String schoolColumn, String kindColumn) {
            StringBuilder clause = new StringBuilder();
            List<Object> args = new ArrayList<>();
            List<String> conditions = new ArrayList<>();
            if (filter.programmeIds() != null && !filter.programmeIds().isEmpty()) {
                conditions.add("programme_id IN (" + String.join(", ", Collections.nCopies(filter.programmeIds().size(), "?"))
                        + ")");
                args.addAll(filter.programmeIds());
            }
            if (filter.schoolCode() != null) {
                conditions.add(schoolColumn + " = ?");
                args.add(filter.schoolCode());
            }
            if (filter.kind() != null) {
                conditions.add(kindColumn + " = ?");
                args.add(filter.kind());
            }
            if (filter.from() != null) {
                conditions.add(dateColumn + " >= ?");
                args.add(Date.valueOf(filter.from()));
            }
            if (filter.to() != null) {
                conditions.add(dateColumn + " <= ?");
                args.add(Date.valueOf(filter.to()));
            }
            if (!conditions.isEmpty()) {
                clause.append(" WHERE ").append(String.join(" AND ", conditions));
            }
            return new Where(clause.toString(), args, filter.programmeIds() != null && filter.programmeIds().isEmpty());
        }
    }
}
