package org.junheng.importing;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** Error reports name cells the way spreadsheet users see them: A…Z, AA…ZZ, AAA…XFD. */
class CellAddressProperties {

    private static int indexOf(String letters) {
        int index = 0;
        for (char c : letters.toCharArray()) {
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    @Property
    void columnLettersReadBackAsTheSameColumn(@ForAll @IntRange(min = 0, max = 16_383) int column) {
        String letters = ImportErrors.columnLetters(column);

        assertThat(letters).matches("[A-Z]{1,3}");
        assertThat(indexOf(letters)).isEqualTo(column);
    }

    @Property
    void aLaterColumnNeverHasShorterLetters(@ForAll @IntRange(min = 0, max = 16_382) int column) {
        assertThat(ImportErrors.columnLetters(column + 1).length())
                .isGreaterThanOrEqualTo(ImportErrors.columnLetters(column).length());
    }

    @Property(tries = 1)
    void theKnownAddressesOfExcelAreProduced() {
        assertThat(ImportErrors.columnLetters(0)).isEqualTo("A");
        assertThat(ImportErrors.columnLetters(25)).isEqualTo("Z");
        assertThat(ImportErrors.columnLetters(26)).isEqualTo("AA");
        assertThat(ImportErrors.columnLetters(701)).isEqualTo("ZZ");
        assertThat(ImportErrors.columnLetters(702)).isEqualTo("AAA");
        assertThat(ImportErrors.columnLetters(16_383)).isEqualTo("XFD");
    }
}
