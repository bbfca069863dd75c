package org.junheng.registry;

/** Highest education 最高学历. */
public enum Education implements Labelled {
    POSTGRADUATE("研究生"),
    BACHELOR("本科"),
    ASSOCIATE("专科"),
    SENIOR_SECONDARY("高中阶段"),
    BELOW_SENIOR_SECONDARY("高中阶段以下");

    private final String chineseName;

    Education(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    /**
     * Whether this is above the qualification required for the stage: associate degree 专科 or
     * above for primary, bachelor 本科 or above for junior and senior.
     */
    public boolean isAboveRequiredFor(Stage stage) {
        return stage == Stage.PRIMARY ? compareTo(ASSOCIATE) <= 0 : compareTo(BACHELOR) <= 0;
    }
}
