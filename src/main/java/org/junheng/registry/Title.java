package org.junheng.registry;

/** Professional title 职称 of primary and secondary teachers. */
public enum Title implements Labelled {
    PROFESSOR("正高级教师"),
    SENIOR("高级教师"),
    FIRST("一级教师"),
    SECOND("二级教师"),
    THIRD("三级教师"),
    NONE("未定职级");

    private final String chineseName;

    Title(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
