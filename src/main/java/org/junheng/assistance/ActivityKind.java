package org.junheng.assistance;

import org.junheng.registry.Labelled;


/** What an assistance activity is. */
public enum ActivityKind implements Labelled {
    LESSON_OBSERVATION("听课"),
    LESSON_CRITIQUE("评课"),
    DEMONSTRATION_LESSON("示范课"),
    SYMPOSIUM("座谈"),
    LECTURE("讲座"),
    TEACHING_TO_COUNTRYSIDE("送教下乡"),
    TEACHING_RESEARCH("教研活动"),
    DIAGNOSIS("诊断"),
    SAME_LESSON("同上一节课"),
    PEN_PAL_EXCHANGE("学生手拉手"),
    DONATION("捐赠"),
    PARTY_BUILDING("党建共建"),
    TRAINING("培训");

    private final String chineseName;

    ActivityKind(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
