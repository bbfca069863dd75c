package org.junheng.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junheng.registry.PlainText;
import org.junheng.registry.Labelled;

/**
 * Typed access to the cells of one data row. Every accessor that finds a bad value records an
 * error naming row and column and returns null, so a row reports all its problems at once.
 */
public final class RowValues {

    private final TableRow row;
    private final Header header;
    private final SharedAmounts amounts;
    private ImportErrors errors;
    private int errorsInRow;

    /** @param amounts the small amounts of the file, each made once and shared by its rows */
    RowValues(TableRow row, Header header, ImportErrors errors, SharedAmounts amounts) {
        this.row = row;
        this.header = header;
        this.errors = errors;
        this.amounts = amounts;
    }

    /** Errors found from now on (by a template's checks of a batch) go to {@code errors}. */
    void reportTo(ImportErrors errors) {
        this.errors = errors;
    }

    public boolean englishMessages() {
        return errors.messages().english();
    }

    public int rowNumber() {
        return row.number();
    }

    public boolean valid() {
        return errorsInRow == 0;
    }

    public void error(String key, String code, Object... args) {
        errorsInRow++;
        errors.add(row.number(), key, header.heading(key), header.index(key), code, args);
    }

    /** The trimmed cell text, or null when the cell is empty or the column absent. */
    public String raw(String key) {
        int index = header.index(key);
        if (index < 0) {
            return null;
        }
        String value = row.cell(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String text(String key, int maxLength) {
        String value = raw(key);
        if (value == null) {
            error(key, "value.required");
        } else if (value.length() > maxLength) {
            error(key, "value.too_long", String.valueOf(maxLength));
            return null;
        } else if (!PlainText.isPlain(value)) {
            error(key, "value.control_characters");
            return null;
        }
        return value;
    }

    /**
     * The cell as a {@link PlainNumber} read without making its text (a cell of a CSV file), or
     * {@link PlainNumber#NONE}: then, and for anything out of bounds or wrong, the cell's text decides.
     */
    private long plain(String key) {
        int index = header.index(key);
        return index < 0 ? PlainNumber.NONE : row.plainNumber(index);
    }

    /** Whether the cell is empty or its column absent. */
    public boolean isEmpty(String key) {
        return plain(key) == PlainNumber.NONE && raw(key) == null;
    }

    public Integer integer(String key, int min, int max) {
        long read = plain(key);
        if (read != PlainNumber.NONE && PlainNumber.scale(read) == 0 && PlainNumber.unscaled(read) >= min
                && PlainNumber.unscaled(read) <= max) {
            return (int) PlainNumber.unscaled(read);
        }
        String value = raw(key);
        if (value == null) {
            error(key, "value.required");
            return null;
        }
        long plain = plainInteger(value);
        BigDecimal n;
        if (plain != NOT_PLAIN) {
            if (plain >= min && plain <= max) {
                return (int) plain;
            }
            n = BigDecimal.valueOf(plain);
        } else {
            BigDecimal number = decimal(value);
            if (number == null || number.stripTrailingZeros().scale() > 0) {
                error(key, "value.integer", value);
                return null;
            }
            n = number;
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

    private static final long NOT_PLAIN = Long.MIN_VALUE;

    /**
     * Most cells are plain digits (at most 9, so any fits an int); those skip the general decimal parsing
     * (which accepts 12.0 and 1.2E3) and are checked against their bounds as they are.
     */
    private static long plainInteger(String value) {
        boolean negative = value.charAt(0) == '-';
        int start = negative ? 1 : 0;
        if (value.length() - start < 1 || value.length() - start > 9) {
            return NOT_PLAIN;
        }
        long n = 0;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_PLAIN;
            }
            n = n * 10 + (c - '0');
        }
        return negative ? -n : n;
    }

    /** A non-negative whole number, or null when the cell is empty. */
    public Integer optionalCount(String key) {
        return isEmpty(key) ? null : count(key);
    }

    /** A non-negative whole number. */
    public Integer count(String key) {
        return integer(key, 0, 10_000_000);
    }

    /** A non-negative amount (area, money), required. */
    public BigDecimal amount(String key) {
        BigDecimal read = plainAmount(key);
        if (read != null) {
            return read;
        }
        String value = raw(key);
        if (value == null) {
            error(key, "value.required");
            return null;
        }
        return checkedAmount(key, value);
    }

    public BigDecimal optionalAmount(String key) {
        BigDecimal read = plainAmount(key);
        if (read != null) {
            return read;
        }
        String value = raw(key);
        return value == null ? null : checkedAmount(key, value);
    }

    /**
     * Amounts above 0 in one cell, separated by semicolons (also the full-width ；, the enumeration
     * comma 、 or spaces); an empty list when the cell is empty or the column absent.
     */
    public List<BigDecimal> optionalAmounts(String key) {
        String value = raw(key);
        if (value == null) {
            return List.of();
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (String part : value.split("[;；、\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            BigDecimal amount = checkedAmount(key, part);
            if (amount == null) {
                return List.of();
            }
            if (amount.signum() == 0) {
                error(key, "value.range", part, "0.01", "10000000000000");
                return List.of();
            }
            amounts.add(amount);
        }
        return List.copyOf(amounts);
    }

    private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("1e13");

    /** A plain amount within bounds, the same value and scale as its text gives; null for any other cell. */
    private BigDecimal plainAmount(String key) {
        long read = plain(key);
        if (read == PlainNumber.NONE) {
            return null;
        }
        long unscaled = PlainNumber.unscaled(read);
        int scale = PlainNumber.scale(read);
        // below 10^13 when the digits before the point are at most 13 (a plain number has at most 17 digits)
        if (13 + scale < LONG_POWERS_OF_TEN.length && unscaled >= LONG_POWERS_OF_TEN[13 + scale]) {
            return null;
        }
        return amounts.amount(unscaled, scale);
    }

    private static final long[] LONG_POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
            100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L};

    /** Powers of ten that a double holds exactly. */
    private static final double[] EXACT_POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private BigDecimal checkedAmount(String key, String value) {
        BigDecimal number = decimal(value);
        if (number == null) {
            error(key, "value.number", value);
            return null;
        }
        if (number.signum() < 0) {
            error(key, "value.negative", value);
            return null;
        }
        if (number.compareTo(LARGEST_AMOUNT) >= 0) {
            error(key, "value.range", value, "0", "10000000000000");
            return null;
        }
        return number;
    }

    public Double optionalDecimal(String key, double min, double max) {
        long read = plain(key);
        // both exact doubles: one division, rounded once, is the value's nearest double, as its text gives
        if (read != PlainNumber.NONE && PlainNumber.unscaled(read) < 1L << 52
                && PlainNumber.scale(read) < EXACT_POWERS_OF_TEN.length) {
            double d = PlainNumber.unscaled(read) / EXACT_POWERS_OF_TEN[PlainNumber.scale(read)];
            if (d >= min && d <= max) {
                return d;
            }
        }
        String value = raw(key);
        if (value == null) {
            return null;
        }
        BigDecimal number = decimal(value);
        if (number == null) {
            error(key, "value.number", value);
            return null;
        }
        double d = number.doubleValue();
        if (d < min || d > max) {
            error(key, "value.range", value, String.valueOf(min), String.valueOf(max));
            return null;
        }
        return d;
    }

    /** A value of an enumeration, or null when the cell is empty. */
    public <E extends Enum<E> & Labelled> E optionalChoice(Class<E> type, String key) {
        return raw(key) == null ? null : choice(type, key);
    }

    public <E extends Enum<E> & Labelled> E choice(Class<E> type, String key) {
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

    public Boolean flag(String key) {
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

    /** The cell's text, or null when it is empty; too long is an error. */
    public String optionalText(String key, int maxLength) {
        return raw(key) == null ? null : text(key, maxLength);
    }

    /** A whole number within bounds, or null when the cell is empty. */
    public Integer optionalInteger(String key, int min, int max) {
        return isEmpty(key) ? null : integer(key, min, max);
    }

    /**
     * A date written as ISO {@code 2025-09-01}, {@code 2025/9/1} or {@code 2025年9月1日}, or an XLSX
     * date cell (a day number).
     */
    public LocalDate date(String key) {
        String value = raw(key);
        if (value == null) {
            error(key, "value.required");
            return null;
        }
        java.util.regex.Matcher serial = EXCEL_SERIAL.matcher(value);
        if (serial.matches()) {
            return EXCEL_EPOCH.plusDays(Long.parseLong(serial.group(1)));
        }
        java.util.regex.Matcher m = DATE.matcher(value);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                // falls through to the error below
            }
        }
        error(key, "value.date", value);
        return null;
    }

    /** Spreadsheets store a date cell as days since 1899-12-30 (the 1900 date system); 20000–80000 is 1954–2119. */
    private static final java.util.regex.Pattern EXCEL_SERIAL = java.util.regex.Pattern.compile("([2-7]\\d{4})(?:\\.0+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[T ].*)?");

    /** The number a cell writes (thousands separators allowed), or null when it is none. */
    static BigDecimal decimal(String value) {
        BigDecimal plain = plainDecimal(value);
        if (plain != null) {
            return plain;
        }
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Most decimal cells are plain ({@code 1234.56}, {@code -7}, at most 18 digits): read here without the
     * copies the general parsing makes, to the same value and scale as {@code new BigDecimal(value)}; null
     * for anything else.
     */
    static BigDecimal plainDecimal(String value) {
        int length = value.length();
        int i = length > 0 && value.charAt(0) == '-' ? 1 : 0;
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (; i < length; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 18) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (point) {
                    scale++;
                }
            } else if (c == '.' && !point && digits > 0) {
                point = true;
            } else {
                return null;
            }
        }
        if (digits == 0 || point && scale == 0) {
            return null;
        }
        return BigDecimal.valueOf(value.charAt(0) == '-' ? -unscaled : unscaled, scale);
    }
}
