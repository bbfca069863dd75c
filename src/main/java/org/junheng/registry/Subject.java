package org.junheng.registry;

import com.fasterxml.jackson.annotation.JsonValue;

/** Subject taught 任教学科. PE, music and art teachers count for {@code pe_art_teachers_per_100}. */
public enum Subject implements Labelled {
    CHINESE("chinese", "语文"),
    MATH("math", "数学"),
    ENGLISH("english", "英语"),
    MORALITY_LAW("morality_law", "道德与法治"),
    SCIENCE("science", "科学"),
    PHYSICS("physics", "物理"),
    CHEMISTRY("chemistry", "化学"),
    BIOLOGY("biology", "生物"),
    HISTORY("history", "历史"),
    GEOGRAPHY("geography", "地理"),
    PE("pe", "体育与健康"),
    MUSIC("music", "音乐"),
    ART("art", "美术"),
    INFORMATION_TECHNOLOGY("information_technology", "信息科技"),
    LABOUR("labour", "劳动"),
    COMPREHENSIVE_PRACTICE("comprehensive_practice", "综合实践活动"),
    PSYCHOLOGY("psychology", "心理健康"),
    SPECIAL_EDUCATION("special_education", "特殊教育"),
    OTHER("other", "其他");

    private final String key;
    private final String chineseName;

    Subject(String key, String chineseName) {
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

    /** PE, music and fine art: the teachers of {@code pe_art_teachers_per_100}. */
    public boolean isPeOrArts() {
        return this == PE || this == MUSIC || this == ART;
    }
}
