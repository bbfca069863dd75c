package org.junheng.registry;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What is known of a county in a year beyond its schools' statistics, with the evidence given for
 * it. Yes/no facts are held as 1 and 0; a fact not given is absent.
 */
public record CountyFacts(String countyCode, int year, Map<CountyFact, BigDecimal> values, String evidence) {

    public CountyFacts {
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }

    public Optional<BigDecimal> value(CountyFact fact) {
        return Optional.ofNullable(values.get(fact));
    }

    /** A yes/no fact: empty when not given. */
    public Optional<Boolean> holds(CountyFact fact) {
        return value(fact).map(v -> v.signum() != 0);
    }
}
