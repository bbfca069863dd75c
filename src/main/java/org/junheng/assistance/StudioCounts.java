package org.junheng.assistance;

import java.util.Map;

/**
 * Studios (名师工作室) by kind and by the location class of their school, and those moved down to a
 * rural school (seed 004: "28 famous-teacher studios moved down to rural schools").
 */
public record StudioCounts(long studios, Map<String, Long> byKind, Map<String, Long> byLocation, long movedDown) {

    static final StudioCounts NONE = new StudioCounts(0, Map.of(), Map.of(), 0);
}
