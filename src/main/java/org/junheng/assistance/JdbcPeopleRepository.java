package org.junheng.assistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.junheng.registry.Labelled;
import org.junheng.registry.PageOf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPeopleRepository {

    private final JdbcTemplate jdbc;

    JdbcPeopleRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private long insert(String sql, Object... args) {
        return GeneratedIds.insert(jdbc, sql, args);
    }

    long insertOrganisation(Organisation o) {
        return insert("INSERT INTO organisation (name, kind, region_code, version) VALUES (?, ?, ?, 0)", o.name(),
                o.kind().key(), o.regionCode());
    }

    boolean updateOrganisation(Organisation o) {
        return jdbc.update("UPDATE organisation SET name = ?, kind = ?, region_code = ?, version = version + 1 "
                + "WHERE id = ? AND version = ?", o.name(), o.kind().key(), o.regionCode(), o.id(), o.version()) == 1;
    }

    Optional<Organisation> findOrganisation(long id) {
        return jdbc.query("SELECT id, name, kind, region_code, version FROM organisation WHERE id = ?",
                (rs, i) -> organisation(rs), id).stream().findFirst();
    }

    PageOf<Organisation> findOrganisations(String regionPrefix, int page, int size) {
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE region_code LIKE ?", Long.class,
                regionPrefix + "%");
        List<Organisation> content = jdbc.query("SELECT id, name, kind, region_code, version FROM organisation "
                + "WHERE region_code LIKE ? ORDER BY id LIMIT ? OFFSET ?", (rs, i) -> organisation(rs), regionPrefix + "%",
                size, (long) page * size);
        return PageOf.of(content, page, size, total == null ? 0 : total);
    }

    private static Organisation organisation(ResultSet rs) throws SQLException {
        return new Organisation(rs.getLong(1), rs.getString(2),
                Labelled.parse(OrganisationKind.class, rs.getString(3)).orElseThrow(), rs.getString(4), rs.getInt(5));
    }

    long insertPerson(Person p) {
        return insert("INSERT INTO person (name, kind, position, organisation_id, region_code, version) "
                + "VALUES (?, ?, ?, ?, ?, 0)", p.name(), p.kind().key(), p.position(), p.organisationId(), p.regionCode());
    }

    boolean updatePerson(Person p) {
        return jdbc.update("UPDATE person SET name = ?, kind = ?, position = ?, organisation_id = ?, region_code = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ?", p.name(), p.kind().key(), p.position(),
                p.organisationId(), p.regionCode(), p.id(), p.version()) == 1;
    }

    private static final String PERSON = "SELECT id, name, kind, position, organisation_id, region_code, version FROM person";

    Optional<Person> findPerson(long id) {
        return jdbc.query(PERSON + " WHERE id = ?", (rs, i) -> person(rs), id).stream().findFirst();
    }

    PageOf<Person> findPeople(String regionPrefix, PersonKind kind, int page, int size) {
        String where = " WHERE region_code LIKE ?" + (kind == null ? "" : " AND kind = ?");
        Object[] args = kind == null ? new Object[] {regionPrefix + "%"} : new Object[] {regionPrefix + "%", kind.key()};
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM person" + where, Long.class, args);
        Object[] pageArgs = java.util.Arrays.copyOf(args, args.length + 2);
        pageArgs[args.length] = size;
        pageArgs[args.length + 1] = (long) page * size;
        List<Person> content = jdbc.query(PERSON + where + " ORDER BY id LIMIT ? OFFSET ?", (rs, i) -> person(rs), pageArgs);
        return PageOf.of(content, page, size, total == null ? 0 : total);
    }

    private static Person person(ResultSet rs) throws SQLException {
        return new Person(rs.getLong(1), rs.getString(2), Labelled.parse(PersonKind.class, rs.getString(3)).orElseThrow(),
                rs.getString(4), rs.getObject(5, Long.class), rs.getString(6), rs.getInt(7));
    }

    long insertMember(Member m) {
        return insert("INSERT INTO programme_member (programme_id, person_id, organisation_id, role) VALUES (?, ?, ?, ?)",
                m.programmeId(), m.personId(), m.organisationId(), m.role().key());
    }

    List<Member> findMembers(long programmeId) {
        return jdbc.query("SELECT id, programme_id, person_id, organisation_id, role FROM programme_member "
                        + "WHERE programme_id = ? ORDER BY id",
                (rs, i) -> new Member(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class),
                        Labelled.parse(MemberRole.class, rs.getString(5)).orElseThrow()), programmeId);
    }
}
