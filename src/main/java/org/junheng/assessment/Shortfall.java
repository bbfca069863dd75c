package org.junheng.assessment;

import java.math.BigDecimal;

/**
 * What a school lacks for a guarantee item decided from its statistics: the figure that failed,
 * what the item requires of it, and whether that is a least or a most.
 *
 * @param measure  what was measured: {@code music_rooms}, {@code art_rooms}, {@code music_room_area},
 *                 {@code art_room_area}, {@code music_rooms_meeting_area}, {@code art_rooms_meeting_area},
 *                 {@code compulsory_students}, {@code oversize_classes}, {@code certified_teachers}
 * @param value    the school's figure; null when the statistics do not give it
 * @param required the least (or, for {@code atMost}, the most) the item allows
 */
public record Shortfall(String schoolCode, String schoolName, String measure, BigDecimal value, BigDecimal required,
                        boolean atMost) {
}
