package org.junheng.registry;

/** Gender 性别. */
public enum Gender implements Labelled {
    MALE("男"),
    FEMALE("女");

    private final String chineseName;

    Gender(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
