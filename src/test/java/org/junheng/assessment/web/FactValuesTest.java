package org.junheng.assessment.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** County facts are shown as an officer writes them, not as the file stores them. */
class FactValuesTest {

    private final FactValues chinese = new FactValues(Locale.SIMPLIFIED_CHINESE);

    @Test
    void aYesNoFactIsAWord() {
        assertThat(chinese.shown("layout_planning", BigDecimal.ONE)).isEqualTo("是");
        assertThat(chinese.shown("exam_admission", BigDecimal.ZERO)).isEqualTo("否");
        assertThat(new FactValues(Locale.ENGLISH).shown("layout_planning", BigDecimal.ONE)).isEqualTo("yes");
    }

    @Test
    void percentagesCarryTheirSignAndAmountsAndCountsTheirThousands() {
        assertThat(chinese.shown("teacher_training_rate", new BigDecimal("96.50"))).isEqualTo("96.5%");
        assertThat(chinese.shown("special_school_funding", new BigDecimal("51482728.29"))).isEqualTo("51,482,728.29");
        assertThat(chinese.shown("rotation_eligible", new BigDecimal("1226.0000"))).isEqualTo("1,226");
    }
}
