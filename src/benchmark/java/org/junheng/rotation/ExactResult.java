package org.junheng.rotation;

/**
 * What an exact method says of a county's plan: the best plan it found (NaN when none) and a lower
 * bound of every plan's value, in points.
 */
record ExactResult(String method, String status, double best, double bound, long seconds, java.util.Map<String, String> plan) {

    ExactResult(String method, String status, double best, double bound, long seconds) {
        this(method, status, best, bound, seconds, java.util.Map.of());
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "%s: %s, best %s, bound %.1f (%d s)", method, status,
                Double.isNaN(best) ? "—" : String.format(java.util.Locale.ROOT, "%.1f", best), bound, seconds);
    }
}
