package org.junheng.importing;

/**
 * A column of a file template: its English key, its Chinese header (either may head the column in
 * a file) and what it means, in both languages, for the template's explanation rows.
 */
public record Column(String key, String chineseHeader, String meaningZh, String meaningEn, boolean required) {

    static Column required(String key, String chineseHeader, String meaningZh, String meaningEn) {
        return new Column(key, chineseHeader, meaningZh, meaningEn, true);
    }

    static Column optional(String key, String chineseHeader, String meaningZh, String meaningEn) {
        return new Column(key, chineseHeader, meaningZh, meaningEn, false);
    }
}
