package org.junheng.assessment.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;

import org.junheng.registry.CountyFact;

/**
 * County facts as a page shows them: a yes/no judgement in words, a percentage with its sign, amounts
 * and counts with thousands separators — never the raw {@code 1} or {@code 51482728.29} of the file.
 */
record FactValues(Locale locale) {

    public String shown(String key, BigDecimal value) {
        if (value == null) {
            return "";
        }
        CountyFact.Kind kind = Arrays.stream(CountyFact.values()).filter(f -> f.key().equals(key)).findFirst()
                .map(CountyFact::kind).orElse(CountyFact.Kind.AMOUNT);
        boolean english = "en".equals(locale.getLanguage());
        return switch (kind) {
            case YES_NO -> value.signum() != 0 ? (english ? "yes" : "是") : (english ? "no" : "否");
            case PERCENT -> value.stripTrailingZeros().toPlainString() + "%";
            case COUNT -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
            case AMOUNT -> new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
        };
    }
}
