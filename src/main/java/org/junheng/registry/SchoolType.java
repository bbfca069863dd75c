package org.junheng.registry;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.EnumSet;
import java.util.Set;

/** School type 办学类型, with the stages a school of that type teaches. */
public enum SchoolType implements Labelled {
    PRIMARY("primary", "小学", EnumSet.of(Stage.PRIMARY)),
    JUNIOR("junior", "初中", EnumSet.of(Stage.JUNIOR)),
    NINE_YEAR("nine_year", "九年一贯制学校", EnumSet.of(Stage.PRIMARY, Stage.JUNIOR)),
    TWELVE_YEAR("twelve_year", "十二年一贯制学校", EnumSet.of(Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR)),
    COMPLETE_MIDDLE("complete_middle", "完全中学", EnumSet.of(Stage.JUNIOR, Stage.SENIOR)),
    TEACHING_POINT("teaching_point", "教学点", EnumSet.of(Stage.PRIMARY)),
    SPECIAL("special", "特殊教育学校", EnumSet.of(Stage.PRIMARY, Stage.JUNIOR));

    private final String key;
    private final String chineseName;
    private final Set<Stage> stages;

    SchoolType(String key, String chineseName, Set<Stage> stages) {
        this.key = key;
        this.chineseName = chineseName;
        this.stages = stages;
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

    public boolean teaches(Stage stage) {
        return stages.contains(stage);
    }

    public Set<Stage> stages() {
        return EnumSet.copyOf(stages);
    }
}
