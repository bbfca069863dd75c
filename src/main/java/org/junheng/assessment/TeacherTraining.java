package org.junheng.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

import org.junheng.registry.CountyFact;
import org.junheng.registry.CountyFacts;

/**
 * A county's teacher training counted from records (guarantee item 9): its primary and junior
 * teachers of the roster, and those who completed the class hours of the period.
 */
public record TeacherTraining(String countyCode, int year, long teachers, long completed) {

    /**
     * The completion rate in percent, cut (never rounded up) to 4 decimals: a county 1 teacher short
     * of 100% is below 100, whatever the size of its roster.
     */
    public BigDecimal rate() {
        if (teachers == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(completed * 100).divide(BigDecimal.valueOf(teachers), 4, RoundingMode.DOWN);
    }

    /** The county's facts with the training rate taken from the records, whatever the county reported. */
    public CountyFacts appliedTo(CountyFacts reported) {
        return RecordedFacts.apply(reported, countyCode, year, Map.of(CountyFact.TEACHER_TRAINING_RATE, rate()),
                "培训完成率据培训记录统计 training rate counted from training records");
    }

    /** The reported facts of a region, with each recorded training applied. */
    static Map<String, CountyFacts> apply(Map<String, CountyFacts> reported, Map<String, TeacherTraining> training) {
        Map<String, CountyFacts> facts = new HashMap<>(reported);
        training.forEach((county, t) -> facts.put(county, t.appliedTo(reported.get(county))));
        return facts;
    }
}
