package org.junheng.assessment.web;

import java.util.Locale;

import org.junheng.assessment.ResourceUnit;
import org.junheng.assessment.Shown;

/** Amounts of resources as a page in this locale shows them ({@link Shown#amount}). */
record Quantities(Locale locale) {

    public String shown(ResourceUnit unit, double amount) {
        return Shown.amount(unit, amount, locale);
    }
}
