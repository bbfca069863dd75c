package org.junheng.assessment.web;

import java.util.Locale;

import org.junheng.assessment.ResourceUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a proposal adds is written with its unit, thousands separated, people as whole numbers. */
class QuantitiesTest {

    private final Quantities chinese = new Quantities(Locale.SIMPLIFIED_CHINESE);

    @Test
    void teachersAreWholeNumbersWithTheirUnit() {
        assertThat(chinese.shown(ResourceUnit.TEACHERS, 226.0)).isEqualTo("226 人");
        assertThat(chinese.shown(ResourceUnit.TEACHERS, 1226.0)).isEqualTo("1,226 人");
    }

    @Test
    void areasAndMoneyKeepTheirDecimalsThousandsSeparated() {
        assertThat(chinese.shown(ResourceUnit.YUAN, 51482728.29)).isEqualTo("51,482,728.29 元");
        assertThat(chinese.shown(ResourceUnit.SQUARE_METRES, 1250.5)).isEqualTo("1,250.5 平方米");
        assertThat(new Quantities(Locale.ENGLISH).shown(ResourceUnit.SQUARE_METRES, 1250.5)).isEqualTo("1,250.5 m²");
    }
}
