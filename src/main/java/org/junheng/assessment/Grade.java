package org.junheng.assessment;

/**
 * Where one indicator value of a school-stage stands against the school rule: it meets its standard,
 * it is below the standard but reaches the rule's floor (85% under quality-2017: "near"), it is below
 * the floor, or it is not known. The pages and reports colour values by it.
 */
public enum Grade {
    MEETS, NEAR, BELOW, UNKNOWN;

    /** The grade's name in pages' styles and in files: {@code meets}, {@code near}, {@code below}, {@code unknown}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
