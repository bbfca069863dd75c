package org.junheng.assessment;

import java.math.BigDecimal;

import org.junheng.registry.Stage;

/**
 * How much one student of each stage counts when whole-school resources are apportioned between a
 * school's stages (some provinces count a junior student 1.1 and a senior one 1.32); 1 by default.
 */
public record StageWeights(BigDecimal primary, BigDecimal junior, BigDecimal senior) {

    public static final StageWeights EQUAL = new StageWeights(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);

    public StageWeights {
        for (BigDecimal weight : new BigDecimal[] {primary, junior, senior}) {
            if (weight == null || weight.signum() <= 0) {
                throw new IllegalArgumentException("stage weights must be positive: " + weight);
            }
        }
    }

    /**
     * Reads {@code primary,junior,senior}, e.g. {@code 1,1.1,1.32}.
     *
     * @throws IllegalArgumentException unless it is three positive numbers
     */
    public static StageWeights parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException("three weights expected: primary,junior,senior");
        }
        return new StageWeights(new BigDecimal(parts[0].strip()), new BigDecimal(parts[1].strip()),
                new BigDecimal(parts[2].strip()));
    }

    public BigDecimal of(Stage stage) {
        return switch (stage) {
            case PRIMARY -> primary;
            case JUNIOR -> junior;
            case SENIOR -> senior;
        };
    }
}
