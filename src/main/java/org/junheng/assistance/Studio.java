package org.junheng.assistance;

import java.time.LocalDate;

/**
 * A studio 名师工作室 at a school, led by a famous teacher or principal: a record of its own, which
 * may belong to a programme ({@code programmeId}) or to none.
 *
 * @param movedDown whether the studio was moved down to a rural school 下沉农村学校
 */
public record Studio(long id, String name, StudioKind kind, OutcomeLevel level, String schoolCode, String leader,
                     boolean movedDown, Long programmeId, LocalDate setUpOn, int version) {
}
