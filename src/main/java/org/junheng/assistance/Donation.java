package org.junheng.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a donor gave a school of a programme, and its value in yuan. */
public record Donation(long id, long programmeId, String schoolCode, String donor, String items, BigDecimal valueYuan,
                       LocalDate donatedOn) implements ProgrammeRecord {

    @Override
    public List<String> schoolsNamed() {
        return ProgrammeRecord.schools(schoolCode);
    }
}
