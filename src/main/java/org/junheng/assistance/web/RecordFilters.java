package org.junheng.assistance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junheng.assistance.Assistance;
import org.junheng.assistance.Programme;
import org.junheng.assistance.ProgrammeRecord;
import org.junheng.assistance.RecordFilter;
import org.junheng.registry.Labelled;
import org.junheng.security.Visibility;
import org.junheng.security.WriteScope;
import org.junheng.web.BadParameterException;
import org.junheng.web.Choices;
import org.junheng.web.NotFoundException;
import org.junheng.web.Paging;
import org.springframework.stereotype.Component;

/** The filters of the lists of programme records, narrowed to what the caller may see. */
@Component
class RecordFilters {

    /** The query parameters every list takes. */
    record Filter(Long programme, String region, String school, String kind, LocalDate from, LocalDate to, Integer page,
                  Integer size) {

        int pageOrFirst() {
            int page = page() == null ? 0 : page();
            Paging.check(page, sizeOrDefault());
            return page;
        }

        int sizeOrDefault() {
            return size() == null ? 50 : size();
        }
    }

    private final Assistance assistance;
    private final Visibility visibility;
    private final WriteScope writes;

    RecordFilters(Assistance assistance, Visibility visibility, WriteScope writes) {
        this.assistance = assistance;
        this.visibility = visibility;
        this.writes = writes;
    }

    /**
     * The programme a record is written in, if the caller sees it (404 otherwise) and may write
     * each of these records of it — a change's stored record and the record it becomes (403 otherwise).
     */
    Programme writable(Long programmeId, ProgrammeRecord... records) {
        Programme programme = programme(programmeId);
        for (ProgrammeRecord record : records) {
            writes.record(programme.ownerRegion(), record.schoolsNamed());
        }
        return programme;
    }

    /** A record, if it exists and is of a programme the caller may see; 404 as for one that does not exist otherwise. */
    <R extends ProgrammeRecord> R visible(String name, Optional<R> found, long id) {
        R record = found.orElseThrow(() -> new NotFoundException(name, String.valueOf(id)));
        try {
            programme(record.programmeId());
        } catch (NotFoundException e) {
            throw new NotFoundException(name, String.valueOf(id));
        }
        return record;
    }

    /** The programme a request names, if the caller may see it; 404 otherwise, 400 when none is named. */
    Programme programme(Long id) {
        if (id == null) {
            throw new BadParameterException("programmeId", "null");
        }
        return ProgrammeAccess.visible(visibility, assistance.programme(id).orElse(null), id);
    }

    /** The filter over the programmes the caller may see (one, when it names a programme), with a visible school. */
    <E extends Enum<E> & Labelled> RecordFilter of(Filter filter, Class<E> kinds) {
        String kind = filter.kind() == null ? null : Choices.parse(kinds, "kind", filter.kind()).key();
        return of(filter, kind);
    }

    /** As {@link #of(Filter, Class)}, with a free-text kind (e.g. a donor). */
    RecordFilter of(Filter filter, String kind) {
        List<Long> programmes = filter.programme() != null
                ? List.of(programme(filter.programme()).id())
                : assistance.programmes(visibility.region("region", filter.region()), visibility.ownSchool()).stream()
                        .map(Programme::id).toList();
        if (filter.school() != null) {
            visibility.school(filter.school());
        }
        return new RecordFilter(programmes, filter.school(), kind, filter.from(), filter.to());
    }
}
