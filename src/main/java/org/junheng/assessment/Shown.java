package org.junheng.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Figures as pages, workbooks and reports show them, never contradicting the decision beside them
 * (docs/assessment.md): coefficients to 3 decimals and indicator values to 2, with as many more as it
 * takes for the shown figure to fall on the side of its limit or standard that was decided — a
 * coefficient of 0.5003 that fails 0.50 is shown "0.5003", not "0.500".
 */
public final class Shown {

    static final int COEFFICIENT_DECIMALS = 3;
    static final int VALUE_DECIMALS = 2;
    private static final int MOST_DECIMALS = 12;

    private Shown() {
    }

    /** How many decimals a coefficient needs: 3, or more where 3 would seem to contradict {@code withinLimit}. */
    public static int coefficientDecimals(double cv, BigDecimal limit, boolean withinLimit) {
        return decimals(cv, COEFFICIENT_DECIMALS, shown -> limit == null || (shown.compareTo(limit) <= 0) == withinLimit);
    }

    /** How many decimals a value needs: 2, or more where 2 would seem to contradict {@code meetsStandard}. */
    public static int valueDecimals(double value, BigDecimal standard, Boolean meetsStandard) {
        return decimals(value, VALUE_DECIMALS, shown -> standard == null || meetsStandard == null
                || (shown.compareTo(standard) >= 0) == meetsStandard);
    }

    public static String coefficient(Double cv, BigDecimal limit, boolean withinLimit) {
        return cv == null || !Double.isFinite(cv) ? null : round(cv, coefficientDecimals(cv, limit, withinLimit));
    }

    public static String value(Double value, BigDecimal standard, Boolean meetsStandard) {
        return value == null || !Double.isFinite(value) ? null : round(value, valueDecimals(value, standard, meetsStandard));
    }

    /**
     * An amount of a resource with its unit, thousands separated, people, rooms and books whole
     * ({@code 226 人}, {@code 1,250.5 平方米}; {@code 1,250.5 m²} in English).
     */
    public static String amount(ResourceUnit unit, double amount, Locale locale) {
        boolean whole = unit.whole() && BigDecimal.valueOf(amount).stripTrailingZeros().scale() <= 0;
        String number = new DecimalFormat(whole ? "#,##0" : "#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(amount);
        boolean english = "en".equals(locale.getLanguage());
        String name = english ? (unit == ResourceUnit.SQUARE_METRES ? "m²" : unit.key()) : unit.chineseName();
        return number + " " + name;
    }

    private interface Agrees {
        boolean with(BigDecimal shown);
    }

    private static int decimals(double figure, int fewest, Agrees agrees) {
        if (!Double.isFinite(figure)) {
            return fewest;
        }
        BigDecimal exact = new BigDecimal(figure);
        for (int decimals = fewest; decimals < MOST_DECIMALS; decimals++) {
            if (agrees.with(exact.setScale(decimals, RoundingMode.HALF_UP))) {
                return decimals;
            }
        }
        return MOST_DECIMALS;
    }

    private static String round(double figure, int decimals) {
        return new BigDecimal(figure).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
