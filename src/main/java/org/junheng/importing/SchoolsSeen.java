package org.junheng.importing;

import java.util.HashMap;
import java.util.Map;

/**
 * Each school of a file where it is first met: its first row, its county (a school is in one county throughout a
 * file) and the first row of each year (a school has one row a year). Keyed by the ten digits of the school's code
 * as a number, in arrays: a national file has 200,000 schools, met once a row.
 */
final class SchoolsSeen {

    private long[] keys = new long[1 << 12];   // the code's digits plus one: 0 is a free slot
    private int[] rows = new int[keys.length];
    private int[] years = new int[keys.length];
    private String[] counties = new String[keys.length];
    /** The first row of each year after the first year met, by slot: files of one year have none. */
    private final Map<Integer, Map<Integer, Integer>> otherYears = new HashMap<>();
    private int size;

    /** A school's code, ten digits, as the number this map is keyed by. */
    static long key(String schoolCode) {
        long key = 0;
        for (int i = 0; i < schoolCode.length(); i++) {
            key = key * 10 + (schoolCode.charAt(i) - '0');
        }
        return key + 1;
    }

    /** The school's slot, or -1 the first time it is met: it is then kept with this row, county and year. */
    int meet(long key, int row, String county, int year) {
        int slot = slot(key);
        if (keys[slot] == key) {
            return slot;
        }
        keys[slot] = key;
        rows[slot] = row;
        years[slot] = year;
        counties[slot] = county;
        if (++size > keys.length / 2) {
            grow();
        }
        return -1;
    }

    /** The first row of this year for the school in {@code slot}, or null when {@code row} is (and is kept as) the first. */
    Integer firstRowOf(int slot, int year, int row) {
        if (years[slot] == year) {
            return rows[slot];
        }
        return otherYears.computeIfAbsent(slot, s -> new HashMap<>()).putIfAbsent(year, row);
    }

    int firstRow(int slot) {
        return rows[slot];
    }

    String county(int slot) {
        return counties[slot];
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        int[] oldYears = years;
        String[] oldCounties = counties;
        Map<Integer, Map<Integer, Integer>> oldOtherYears = new HashMap<>(otherYears);
        keys = new long[oldKeys.length * 2];
        rows = new int[keys.length];
        years = new int[keys.length];
        counties = new String[keys.length];
        otherYears.clear();
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldKeys[old] != 0) {
                int slot = slot(oldKeys[old]);
                keys[slot] = oldKeys[old];
                rows[slot] = oldRows[old];
                years[slot] = oldYears[old];
                counties[slot] = oldCounties[old];
                if (oldOtherYears.containsKey(old)) {
                    otherYears.put(slot, oldOtherYears.get(old));
                }
            }
        }
    }
}
