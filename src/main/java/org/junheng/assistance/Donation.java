package org.junheng.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a donor gave a school of a programme, and its value in yuan. */
public record Donation(long id, long programmeId, String schoolCode, String donor, String items, BigDecimal valueYuan,
                       LocalDate donatedOn) {
}
