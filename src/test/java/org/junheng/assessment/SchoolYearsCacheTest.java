package org.junheng.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junheng.registry.SchoolYear;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolYearsCacheTest {

    private static final SchoolYearsCache.Fingerprint VERSIONS = new SchoolYearsCache.Fingerprint(3, 7);

    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<List<SchoolYear>> rows(int count) {
        return () -> {
            reads.incrementAndGet();
            return new ArrayList<>(Collections.nCopies(count, (SchoolYear) null));
        };
    }

    @Test
    void aRegionWhoseDataVersionsStandStillIsReadOnce() {
        SchoolYearsCache cache = new SchoolYearsCache(4);

        cache.get("9901", 2025, VERSIONS, rows(2), true);
        List<SchoolYear> again = cache.get("9901", 2025, VERSIONS, rows(2), true);

        assertThat(reads).hasValue(1);
        assertThat(again).hasSize(2);
    }

    @Test
    void aRegionWhoseDataVersionsMovedIsReadAgain() {
        SchoolYearsCache cache = new SchoolYearsCache(4);
        cache.get("9901", 2025, VERSIONS, rows(2), true);

        List<SchoolYear> after = cache.get("9901", 2025, new SchoolYearsCache.Fingerprint(3, 8), rows(5), true);

        assertThat(reads).hasValue(2);
        assertThat(after).hasSize(5);
    }

    @Test
    void anotherYearOrRegionIsReadOnItsOwn() {
        SchoolYearsCache cache = new SchoolYearsCache(4);
        cache.get("9901", 2025, VERSIONS, rows(2), true);

        cache.get("9901", 2024, VERSIONS, rows(2), true);
        cache.get("990121", 2025, VERSIONS, rows(2), true);

        assertThat(reads).hasValue(3);
    }

    @Test
    void rowsReadInsideATransactionAreNotKept() {
        SchoolYearsCache cache = new SchoolYearsCache(4);

        cache.get("9901", 2025, VERSIONS, rows(2), false);
        cache.get("9901", 2025, VERSIONS, rows(2), true);

        assertThat(reads).hasValue(2);
    }

    @Test
    void aRegionLargerThanTheLimitIsNotKept() {
        SchoolYearsCache cache = new SchoolYearsCache(4);

        cache.get("", 2025, VERSIONS, rows(SchoolYearsCache.LARGEST + 1), true);
        cache.get("", 2025, VERSIONS, rows(SchoolYearsCache.LARGEST + 1), true);

        assertThat(reads).hasValue(2);
    }

    @Test
    void theLeastRecentlyUsedRegionIsForgottenBeyondTheLimit() {
        SchoolYearsCache cache = new SchoolYearsCache(2);
        cache.get("990121", 2025, VERSIONS, rows(1), true);
        cache.get("990122", 2025, VERSIONS, rows(1), true);
        cache.get("990121", 2025, VERSIONS, rows(1), true);

        cache.get("990123", 2025, VERSIONS, rows(1), true);
        cache.get("990121", 2025, VERSIONS, rows(1), true);
        cache.get("990122", 2025, VERSIONS, rows(1), true);

        assertThat(reads).as("990122 was forgotten, 990121 kept").hasValue(4);
    }
}
