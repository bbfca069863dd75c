package org.junheng.assistance;

import org.junheng.registry.Labelled;


/** A school's part in a programme. */
public enum SchoolRole implements Labelled {
    HELPER("帮扶校"), HELPED("受援校"), LEAD("领衔校"), MEMBER("成员校");

    private final String chineseName;

    SchoolRole(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
