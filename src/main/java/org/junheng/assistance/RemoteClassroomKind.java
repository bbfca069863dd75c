package org.junheng.assistance;

import org.junheng.registry.Labelled;


/** The "three classrooms" 三个课堂 of Internet+ education. */
public enum RemoteClassroomKind implements Labelled {
    DELIVERED_CLASS("专递课堂"),
    MASTER_TEACHER_CLASS("名师课堂"),
    ONLINE_SCHOOL_CLASS("名校网络课堂");

    private final String chineseName;

    RemoteClassroomKind(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
