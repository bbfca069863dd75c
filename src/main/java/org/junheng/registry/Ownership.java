package org.junheng.registry;

/** Who runs a school: 办别 of the statistics, public 公办 or private 民办. */
public enum Ownership implements Labelled {
    PUBLIC("公办"),
    PRIVATE("民办");

    private final String chineseName;

    Ownership(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
