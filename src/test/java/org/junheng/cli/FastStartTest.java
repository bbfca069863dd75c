package org.junheng.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FastStartTest {

    private static final long SIX_GB = 6L << 30;

    @Test
    void withoutHeapOptionsTheSecondJvmStartsItsHeapAtOneGigabyte() {
        assertThat(FastStart.initialHeap(List.of(), SIX_GB)).isEqualTo("-Xms1024m");
    }

    @Test
    void onASmallMachineTheHeapStartsAtHalfTheLargestThisJvmWasGiven() {
        // a 2 GB container gives a JVM 512 MB at most; a heap started at 1 GB would have raised that to 1 GB
        assertThat(FastStart.initialHeap(List.of("-Dfile.encoding=UTF-8"), 512L << 20)).isEqualTo("-Xms256m");
    }

    @Test
    void aLargestHeapGivenIsWhereTheHeapStarts() {
        assertThat(FastStart.initialHeap(List.of("-Xmx1g"), SIX_GB)).isEqualTo("-Xms1g");
        assertThat(FastStart.initialHeap(List.of("-XX:MaxHeapSize=800m"), SIX_GB)).isEqualTo("-XX:InitialHeapSize=800m");
    }

    @Test
    void aStartingHeapGivenIsLeftAsGiven() {
        assertThat(FastStart.initialHeap(List.of("-Xmx2g", "-Xms512m"), SIX_GB)).isNull();
        assertThat(FastStart.initialHeap(List.of("-XX:InitialHeapSize=256m"), SIX_GB)).isNull();
    }
}
