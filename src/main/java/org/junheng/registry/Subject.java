package org.junheng.registry;

/** Subject taught 任教学科. PE, music and art teachers count for {@code pe_art_teachers_per_100}. */
public enum Subject implements Labelled {
    CHINESE("语文"),
    MATH("数学"),
    ENGLISH("英语"),
    MORALITY_LAW("道德与法治"),
    SCIENCE("科学"),
    PHYSICS("物理"),
    CHEMISTRY("化学"),
    BIOLOGY("生物"),
    HISTORY("历史"),
    GEOGRAPHY("地理"),
    PE("体育与健康"),
    MUSIC("音乐"),
    ART("美术"),
    INFORMATION_TECHNOLOGY("信息科技"),
    LABOUR("劳动"),
    COMPREHENSIVE_PRACTICE("综合实践活动"),
    PSYCHOLOGY("心理健康"),
    SPECIAL_EDUCATION("特殊教育"),
    OTHER("其他");

    private final String chineseName;

    Subject(String chineseName) {
        this.chineseName = chineseName;
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
