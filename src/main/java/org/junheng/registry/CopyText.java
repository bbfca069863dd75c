package org.junheng.registry;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Rows as PostgreSQL's {@code COPY … (FORMAT csv)} reads them: text always quoted (so an empty text stays
 * empty), numbers bare, null as nothing at all.
 */
final class CopyText {

    private CopyText() {
    }

    static <T> String of(List<T> rows, Function<T, Object[]> fields) {
        StringBuilder text = new StringBuilder(rows.size() * 200);
        for (T row : rows) {
            Object[] values = fields.apply(row);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                append(text, values[i]);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal decimal) {
            text.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            text.append(value);
        } else {
            String s = value.toString();
            text.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    text.append('"');
                }
                text.append(c);
            }
            text.append('"');
        }
    }
}
