package org.junheng.importing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Error texts of the importer, Chinese by default, English when asked for. */
final class ImportMessages {

    private final ResourceBundle bundle;
    private final Locale locale;

    ImportMessages(Locale locale) {
        this.locale = locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle("org.junheng.importing.messages", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String format(String code, Object... args) {
        return new MessageFormat(bundle.getString(code), locale).format(args);
    }

    boolean english() {
        return locale.equals(Locale.ENGLISH);
    }
}
