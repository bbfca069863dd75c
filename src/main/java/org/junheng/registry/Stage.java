package org.junheng.registry;

/** School stage 学段. Compulsory education is primary and junior; senior appears in complete middle and twelve-year schools. */
public enum Stage implements Labelled {
    PRIMARY("小学"),
    JUNIOR("初中"),
    SENIOR("高中");

    private final String chineseName;

    Stage(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
