package org.junheng.assistance;

import org.junheng.registry.Labelled;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an assistance activity is. */
public enum ActivityKind implements Labelled {
    LESSON_OBSERVATION("lesson_observation", "听课"),
    LESSON_CRITIQUE("lesson_critique", "评课"),
    DEMONSTRATION_LESSON("demonstration_lesson", "示范课"),
    SYMPOSIUM("symposium", "座谈"),
    LECTURE("lecture", "讲座"),
    TEACHING_TO_COUNTRYSIDE("teaching_to_countryside", "送教下乡"),
    TEACHING_RESEARCH("teaching_research", "教研活动"),
    DIAGNOSIS("diagnosis", "诊断"),
    SAME_LESSON("same_lesson", "同上一节课"),
    PEN_PAL_EXCHANGE("pen_pal_exchange", "学生手拉手"),
    DONATION("donation", "捐赠"),
    PARTY_BUILDING("party_building", "党建共建"),
    TRAINING("training", "培训");

    private final String key;
    private final String chineseName;

    ActivityKind(String key, String chineseName) {
        this.key = key;
        this.chineseName = chineseName;
    }

    @Override
    @JsonValue
    public String key() {
        return key;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
