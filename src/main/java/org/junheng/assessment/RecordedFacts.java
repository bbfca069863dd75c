package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.junheng.registry.CountyFact;
import org.junheng.registry.CountyFacts;

/** County facts counted from records in place of the reported ones, with the evidence saying so. */
final class RecordedFacts {

    private RecordedFacts() {
    }

    static CountyFacts apply(CountyFacts reported, String countyCode, int year, Map<CountyFact, BigDecimal> counted,
                             String how) {
        Map<CountyFact, BigDecimal> values = new EnumMap<>(CountyFact.class);
        String evidence = how;
        if (reported != null) {
            values.putAll(reported.values());
            if (reported.evidence() != null && !reported.evidence().isBlank()) {
                evidence = reported.evidence() + "; " + how;
            }
        }
        values.putAll(counted);
        return new CountyFacts(countyCode, year, values, evidence);
    }
}
