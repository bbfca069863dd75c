package org.junheng.assessment;

import java.util.Map;

import org.junheng.registry.School;
import org.junheng.registry.Stage;

/** The primary or junior part of a school, with the resources that fall to it; the unit of assessment. */
record SchoolStage(School school, Stage stage, int students, Map<Resource, StageResource> resources,
                   Exclusion exclusion) {

    boolean assessed() {
        return exclusion == null;
    }

    StageResource resource(Resource resource) {
        return resources.get(resource);
    }
}
