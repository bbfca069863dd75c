package org.junheng.assessment.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.junheng.assessment.ResourceUnit;

/**
 * An amount of a resource as a page shows it: thousands separated, with its unit, and people, rooms
 * and books as whole numbers ({@code 226 人}, {@code 1,250.5 平方米}, {@code 51,482,728.29 元}).
 */
record Quantities(Locale locale) {

    public String shown(ResourceUnit unit, double amount) {
        boolean whole = unit.whole() && BigDecimal.valueOf(amount).stripTrailingZeros().scale() <= 0;
        String number = new DecimalFormat(whole ? "#,##0" : "#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(amount);
        boolean english = "en".equals(locale.getLanguage());
        String name = english ? (unit == ResourceUnit.SQUARE_METRES ? "m²" : unit.key()) : unit.chineseName();
        return number + " " + name;
    }
}
