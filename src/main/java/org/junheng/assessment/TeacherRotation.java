package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junheng.registry.CountyFact;
import org.junheng.registry.CountyFacts;

/**
 * A county's teacher rotation 交流轮岗 in the school year that starts in the autumn of {@code year},
 * counted from records: teachers eligible for exchange, those who rotated, and the backbone teachers
 * (county level or above) among them — the figures of guarantee item 11.
 */
public record TeacherRotation(String countyCode, int year, long eligible, long rotated, long backboneRotated) {

    /** The county's facts with the rotation figures taken from the records, whatever the county reported. */
    public CountyFacts appliedTo(CountyFacts reported) {
        return RecordedFacts.apply(reported, countyCode, year, Map.of(CountyFact.ROTATION_ELIGIBLE, BigDecimal.valueOf(eligible),
                CountyFact.ROTATION_ROTATED, BigDecimal.valueOf(rotated), CountyFact.ROTATION_BACKBONE,
                BigDecimal.valueOf(backboneRotated)), "交流轮岗据派驻记录统计 rotation counted from placement records");
    }

    /** The reported facts of a region, with each recorded rotation applied. */
    static Map<String, CountyFacts> apply(Map<String, CountyFacts> reported, Map<String, TeacherRotation> rotations) {
        Map<String, CountyFacts> facts = new HashMap<>(reported);
        rotations.forEach((county, rotation) -> facts.put(county, rotation.appliedTo(reported.get(county))));
        return facts;
    }
}
