package org.junheng.assistance;

import org.junheng.registry.Labelled;

import com.fasterxml.jackson.annotation.JsonValue;

/** The "three classrooms" 三个课堂 of Internet+ education. */
public enum RemoteClassroomKind implements Labelled {
    DELIVERED_CLASS("delivered_class", "专递课堂"),
    MASTER_TEACHER_CLASS("master_teacher_class", "名师课堂"),
    ONLINE_SCHOOL_CLASS("online_school_class", "名校网络课堂");

    private final String key;
    private final String chineseName;

    RemoteClassroomKind(String key, String chineseName) {
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
