package org.junheng.registry;

import java.util.EnumSet;
import java.util.Set;

/** School type 办学类型, with the stages a school of that type teaches. */
public enum SchoolType implements Labelled {
    PRIMARY("小学", EnumSet.of(Stage.PRIMARY)),
    JUNIOR("初中", EnumSet.of(Stage.JUNIOR)),
    NINE_YEAR("九年一贯制学校", EnumSet.of(Stage.PRIMARY, Stage.JUNIOR)),
    TWELVE_YEAR("十二年一贯制学校", EnumSet.of(Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR)),
    COMPLETE_MIDDLE("完全中学", EnumSet.of(Stage.JUNIOR, Stage.SENIOR)),
    TEACHING_POINT("教学点", EnumSet.of(Stage.PRIMARY)),
    SPECIAL("特殊教育学校", EnumSet.of(Stage.PRIMARY, Stage.JUNIOR));

    private final String chineseName;
    private final Set<Stage> stages;

    SchoolType(String chineseName, Set<Stage> stages) {
        this.chineseName = chineseName;
        this.stages = stages;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    public boolean teaches(Stage stage) {
        return stages.contains(stage);
    }

    public Set<Stage> stages() {
        return EnumSet.copyOf(stages);
    }
}
