package org.junheng.assistance.web;

import java.net.URI;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

import org.junheng.assistance.VersionedRecord;
import org.junheng.web.Versions;
import org.springframework.http.ResponseEntity;

/**
 * The API's create, read and update of one kind of versioned programme record, each the same way:
 * a record of a programme the caller cannot see does not exist for them (404); the version is the
 * ETag; an update or a withdrawal names the version it was read at by If-Match; writes are checked
 * against the caller's write scope, before and after.
 */
final class RecordEndpoints<R extends VersionedRecord> {

    private final String path;
    private final String name;
    private final LongFunction<Optional<R>> find;
    private final UnaryOperator<R> create;
    private final BiFunction<Long, R, R> update;
    private final RecordFilters filters;

    RecordEndpoints(String path, String name, LongFunction<Optional<R>> find, UnaryOperator<R> create,
                    BiFunction<Long, R, R> update, RecordFilters filters) {
        this.path = path;
        this.name = name;
        this.find = find;
        this.create = create;
        this.update = update;
        this.filters = filters;
    }

    ResponseEntity<R> create(R draft) {
        filters.writable(draft.programmeId(), draft);
        R created = create.apply(draft);
        return ResponseEntity.created(URI.create("/api/v1/" + path + "/" + created.id()))
                .eTag(Versions.tag(created.version())).body(created);
    }

    ResponseEntity<R> read(long id) {
        R record = visible(id);
        return Versions.tagged(record, record.version());
    }

    /** Updates a record to the values the draft gives at the version of {@code If-Match}. */
    ResponseEntity<R> update(long id, IntFunction<R> draftAtVersion, String ifMatch) {
        R stored = visible(id);
        R draft = draftAtVersion.apply(Versions.ifMatch(ifMatch));
        filters.writable(stored.programmeId(), stored, draft);
        R updated = update.apply(id, draft);
        return Versions.tagged(updated, updated.version());
    }

    /** Withdraws a record recorded in error, at the version of {@code If-Match}: 204, or 409 when it changed since. */
    ResponseEntity<Void> withdraw(long id, String ifMatch, java.util.function.ObjIntConsumer<Long> withdrawal) {
        R stored = visible(id);
        filters.writable(stored.programmeId(), stored);
        withdrawal.accept(id, Versions.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }

    R visible(long id) {
        return filters.visible(name, find.apply(id), id);
    }
}
