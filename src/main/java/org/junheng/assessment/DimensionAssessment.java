package org.junheng.assessment;

import java.util.List;

/** A dimension judged item by item; {@code pass} is null while any item is undetermined. */
public record DimensionAssessment(Boolean pass, List<ItemAssessment> items) {

    static DimensionAssessment of(List<ItemAssessment> items) {
        boolean anyFails = items.stream().anyMatch(i -> Boolean.FALSE.equals(i.pass()));
        boolean anyUnknown = items.stream().anyMatch(i -> i.pass() == null);
        return new DimensionAssessment(anyFails ? Boolean.FALSE : anyUnknown ? null : Boolean.TRUE, items);
    }

    DimensionAssessment seenBy(String schoolCode) {
        return new DimensionAssessment(pass, items.stream().map(i -> i.seenBy(schoolCode)).toList());
    }
}
