package org.junheng.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A decimal cell read on the quick path is the number, to the scale, that {@code new BigDecimal} reads. */
class DecimalCellProperties {

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.of('0', '1', '9', '.', '-', '+', ',', 'E', ' ').list().ofMaxSize(22)
                .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Provide
    Arbitrary<String> plainNumbers() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(19).flatMap(whole ->
                Arbitraries.strings().numeric().ofMaxLength(6).flatMap(fraction -> Arbitraries.of("", "-").map(sign ->
                        sign + whole + (fraction.isEmpty() ? "" : "." + fraction))));
    }

    private static BigDecimal general(String text) {
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Property(tries = 5000)
    void anyCellIsReadAsTheGeneralParsingReadsIt(@ForAll("cells") String text) {
        BigDecimal quick = RowValues.plainDecimal(text);

        if (quick != null) {
            assertThat(quick).isEqualTo(new BigDecimal(text)).hasScaleOf(new BigDecimal(text).scale());
        }
        assertThat(RowValues.decimal(text)).isEqualTo(general(text));
    }

    @Property(tries = 5000)
    void aPlainNumberOfUpTo18DigitsTakesTheQuickPathWithItsScale(@ForAll("plainNumbers") String text) {
        BigDecimal quick = RowValues.plainDecimal(text);
        long digits = text.chars().filter(Character::isDigit).count();

        if (digits <= 18) {
            assertThat(quick).isNotNull().isEqualTo(new BigDecimal(text));
        } else {
            assertThat(quick).isNull();
            assertThat(RowValues.decimal(text)).isEqualTo(new BigDecimal(text));
        }
    }
}
