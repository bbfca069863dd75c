package org.junheng.importing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junheng.registry.Labelled;

/**
 * Typed access to the cells of one data row. Every accessor that finds a bad value records an
 * error naming row and column and returns null, so a row reports all its problems at once.
 */
final class RowValues {

    private final TableRow row;
    private final Header header;
    private final ImportErrors errors;
    private int errorsInRow;

    RowValues(TableRow row, Header header, ImportErrors errors) {
        this.row = row;
        this.header = header;
        this.errors = errors;
    }

    boolean englishMessages() {
        return errors.messages().english();
    }

    int rowNumber() {
        return row.number();
    }

    boolean valid() {
        return errorsInRow == 0;
    }

    void error(String key, String code, Object... args) {
        errorsInRow++;
        errors.add(row.number(), key, header.heading(key), header.index(key), code, args);
    }

    /** The trimmed cell text, or null when the cell is empty or the column absent. */
    String raw(String key) {
        int index = header.index(key);
        if (index < 0) {
            return null;
        }
        String value = row.cell(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String text(String key, int maxLength) {
        String value = raw(key);
        if (value == null) {
            error(key, "value.required");
        } else if (value.length() > maxLength) {
            error(key, "value.too_long", String.valueOf(maxLength));
            return null;
        }
        return value;
    }

    Integer integer(String key, int min, int max) {
        String value = raw(key);
        if (value == null) {
            error(key, "value.required");
            return null;
        }
        BigDecimal n = plainInteger(value);
        if (n == null) {
            Optional<BigDecimal> number = decimal(value);
            if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0) {
                error(key, "value.integer", value);
                return null;
            }
            n = number.get();
        }
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            if (min == 0 && n.signum() < 0) {
                error(key, "value.negative", value);
            } else {
                error(key, "value.range", value, String.valueOf(min), String.valueOf(max));
            }
            return null;
        }
        return n.intValueExact();
    }

    /** Most cells are plain digits; those skip the general decimal parsing (which accepts 12.0 and 1.2E3). */
    private static BigDecimal plainInteger(String value) {
        int start = value.charAt(0) == '-' ? 1 : 0;
        if (value.length() - start < 1 || value.length() - start > 9) {
            return null;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return BigDecimal.valueOf(Integer.parseInt(value));
    }

    /** A non-negative whole number, or null when the cell is empty. */
    Integer optionalCount(String key) {
        return raw(key) == null ? null : count(key);
    }

    /** A non-negative whole number. */
    Integer count(String key) {
        return integer(key, 0, 10_000_000);
    }

    /** A non-negative amount (area, money), required. */
    BigDecimal amount(String key) {
        String value = raw(key);
        if (value == null) {
            error(key, "value.required");
            return null;
        }
        return checkedAmount(key, value);
    }

    BigDecimal optionalAmount(String key) {
        String value = raw(key);
        return value == null ? null : checkedAmount(key, value);
    }

    private BigDecimal checkedAmount(String key, String value) {
        Optional<BigDecimal> number = decimal(value);
        if (number.isEmpty()) {
            error(key, "value.number", value);
            return null;
        }
        if (number.get().signum() < 0) {
            error(key, "value.negative", value);
            return null;
        }
        if (number.get().compareTo(new BigDecimal("1e13")) >= 0) {
            error(key, "value.range", value, "0", "10000000000000");
            return null;
        }
        return number.get();
    }

    Double optionalDecimal(String key, double min, double max) {
        String value = raw(key);
        if (value == null) {
            return null;
        }
        Optional<BigDecimal> number = decimal(value);
        if (number.isEmpty()) {
            error(key, "value.number", value);
            return null;
        }
        double d = number.get().doubleValue();
        if (d < min || d > max) {
            error(key, "value.range", value, String.valueOf(min), String.valueOf(max));
            return null;
        }
        return d;
    }

    <E extends Enum<E> & Labelled> E choice(Class<E> type, String key) {
        String value = raw(key);
        if (value == null) {
            error(key, "value.required");
            return null;
        }
        Optional<E> parsed = Labelled.parse(type, value);
        if (parsed.isEmpty()) {
            error(key, "value.enum", value, Arrays.stream(type.getEnumConstants())
                    .map(e -> e.key() + " " + e.chineseName()).collect(Collectors.joining(", ")));
            return null;
        }
        return parsed.get();
    }

    Boolean flag(String key) {
        String value = raw(key);
        if (value == null) {
            error(key, "value.required");
            return null;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "y", "是", "t" -> true;
            case "false", "0", "no", "n", "否", "f" -> false;
            default -> {
                error(key, "value.boolean", value);
                yield null;
            }
        };
    }

    private static Optional<BigDecimal> decimal(String value) {
        try {
            return Optional.of(new BigDecimal(value.replace(",", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
