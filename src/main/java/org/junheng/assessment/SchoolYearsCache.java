package org.junheng.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junheng.registry.SchoolYear;

/**
 * The statistics of a region's schools for a year, as read last, kept while the region's data
 * versions stand still. Every change of a school or its statistics (an import, a move) raises a data
 * version of its county in the same transaction, so a region whose versions are those the rows were
 * read under has those rows still — on any server, since the versions are read from the database.
 * The versions are read before the rows: rows newer than their versions are read again next time,
 * never older rows kept under newer versions. A few regions are kept, the least recently used
 * forgotten; a region of more than {@value #LARGEST} school-years (a whole country) is not kept, nor
 * rows read inside a transaction (which may see versions and rows of its own that never commit).
 */
final class SchoolYearsCache {

    static final int LARGEST = 20_000;

    /** The data versions of a region's counties, all years: their number and their sum (both only grow). */
    record Fingerprint(long counties, long versions) {
    }

    private record Key(String prefix, int year) {
    }

    private record Kept(Fingerprint fingerprint, List<SchoolYear> rows) {
    }

    private final Map<Key, Kept> kept;

    SchoolYearsCache(int regions) {
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
                return size() > regions;
            }
        };
    }

    /** @param mayKeep false inside a transaction: the rows read are returned, not kept */
    List<SchoolYear> get(String prefix, int year, Fingerprint now, Supplier<List<SchoolYear>> read, boolean mayKeep) {
        Key key = new Key(prefix, year);
        synchronized (kept) {
            Kept found = kept.get(key);
            if (found != null && found.fingerprint().equals(now)) {
                return found.rows();
            }
        }
        List<SchoolYear> rows = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(read.get()));
        if (rows.size() <= LARGEST && mayKeep) {
            synchronized (kept) {
                kept.put(key, new Kept(now, rows));
            }
        }
        return rows;
    }
}
