package org.junheng.assessment;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShownTest {

    private static final BigDecimal PRIMARY_LIMIT = new BigDecimal("0.50");

    @Test
    void aCoefficientIsShownToThreeDecimals() {
        assertThat(Shown.coefficient(0.41234, PRIMARY_LIMIT, true)).isEqualTo("0.412");
        assertThat(Shown.coefficient(0.61278, PRIMARY_LIMIT, false)).isEqualTo("0.613");
    }

    @Test
    void aFailingCoefficientOf0Point5003IsShownWithEnoughDecimalsToFailVisibly() {
        assertThat(Shown.coefficient(0.5003, PRIMARY_LIMIT, false)).isEqualTo("0.5003");
        assertThat(Shown.coefficient(0.5000004, PRIMARY_LIMIT, false)).isEqualTo("0.5000004");
    }

    @Test
    void aCoefficientDecidedWithinItsLimitIsNeverShownAboveIt() {
        // the floating-point image of an exact 0.45
        assertThat(Shown.coefficient(0.45000000000000007, new BigDecimal("0.45"), true)).isEqualTo("0.450");
    }

    @Test
    void aValueJustShortOfItsStandardIsNotShownAsReachingIt() {
        assertThat(Shown.value(4.1999, new BigDecimal("4.2"), false)).isEqualTo("4.1999");
        assertThat(Shown.value(4.196, new BigDecimal("4.2"), false)).isEqualTo("4.196");
        assertThat(Shown.value(4.19, new BigDecimal("4.2"), false)).isEqualTo("4.19");
        assertThat(Shown.value(4.2, new BigDecimal("4.2"), true)).isEqualTo("4.20");
    }

    @Test
    void aValueWithoutAStandardIsShownToTwoDecimals() {
        assertThat(Shown.value(27.456, null, null)).isEqualTo("27.46");
    }
}
