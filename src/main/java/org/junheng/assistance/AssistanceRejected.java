package org.junheng.assistance;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A programme record that cannot be recorded as given, naming the field at fault and why — by a code
 * of the {@code rejections} bundle, so that the API says it in English ({@link #getMessage()}) and a
 * page or an import report in the reader's language ({@link #messageIn}).
 */
public class AssistanceRejected extends RuntimeException {

    private static final String BUNDLE = "org.junheng.assistance.rejections";

    private final String field;
    private final String code;
    private final Object[] values;

    AssistanceRejected(String field, String code, Object... values) {
        super(format(code, values, Locale.ENGLISH));
        this.field = field;
        this.code = code;
        this.values = Arrays.stream(values).map(String::valueOf).toArray();
    }

    /** A school picked by a name or code that no school of the region has. */
    public static AssistanceRejected noSchoolNamed(String field, String typed) {
        return new AssistanceRejected(field, "school_is_not_registered", typed);
    }

    /** A school picked by a name that several schools of the region share: their codes tell them apart. */
    public static AssistanceRejected severalSchoolsNamed(String field, String typed, java.util.Collection<String> codes) {
        return new AssistanceRejected(field, "several_schools_have_this_name", typed, String.join("、", codes));
    }

    public String field() {
        return field;
    }

    /** Why, in the language of the locale (Chinese unless it is English). */
    public String messageIn(Locale locale) {
        return format(code, values, locale);
    }

    private static String format(String code, Object[] values, Locale locale) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        // values are names and numbers as they stand (an id 1234 is not "1,234")
        Object[] texts = Arrays.stream(values).map(String::valueOf).toArray();
        return new MessageFormat(bundle.getString(code), language).format(texts);
    }
}
