package org.junheng.rotation.model;

/** The three teacher indicators a rotation moves: each teacher counts in some of them. */
public enum TeacherIndicator {
    QUALIFIED("qualified_teachers_per_100"), BACKBONE("backbone_teachers_per_100"), PE_ART("pe_art_teachers_per_100");

    private final String code;

    TeacherIndicator(String code) {
        this.code = code;
    }

    /** The indicator's code, as the assessment names it. */
    public String code() {
        return code;
    }
}
