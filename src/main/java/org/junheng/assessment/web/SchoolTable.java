package org.junheng.assessment.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junheng.registry.Stage;

/**
 * One page of a stage's school rows on the county page, as the reader asked for it: the schools whose
 * name holds the search text or whose code starts with it, sorted by a column, a page at a time.
 *
 * @param sort    the column sorted by: {@code name}, {@code code}, {@code students}, {@code compliant}, or an
 *                indicator's code (its value)
 * @param total   how many rows match the search, on every page
 */
record SchoolTable(Stage stage, String query, String sort, boolean descending, int page, int size, int total,
                   List<AssessmentViews.SchoolRow> rows) {

    static final int PAGE_SIZE = 50;
    private static final int LEAST_PAGE = 10;
    private static final int LARGEST_PAGE = 200;

    /**
     * The page of the rows that the search, sort and page ask for; an unknown sort is the order by code, a
     * page beyond the last is the last, a size outside 10–200 the nearest of them.
     */
    static SchoolTable of(Stage stage, List<AssessmentViews.SchoolRow> all, String query, String sort, boolean descending,
                          int page, Integer size) {
        int pageSize = size == null ? PAGE_SIZE : Math.max(LEAST_PAGE, Math.min(LARGEST_PAGE, size));
        String text = query == null ? "" : query.strip();
        List<AssessmentViews.SchoolRow> matching = all.stream()
                .filter(r -> text.isEmpty() || r.school().schoolName().contains(text)
                        || r.school().schoolCode().startsWith(text))
                .sorted(descending ? order(sort).reversed() : order(sort)).toList();
        int pages = Math.max(1, (matching.size() + pageSize - 1) / pageSize);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        String column = sort == null || sort.isBlank() ? "code" : sort;
        return new SchoolTable(stage, text, column, descending, shown, pageSize, matching.size(),
                matching.subList(shown * pageSize, Math.min(matching.size(), (shown + 1) * pageSize)));
    }

    private static Comparator<AssessmentViews.SchoolRow> order(String sort) {
        Comparator<AssessmentViews.SchoolRow> byCode = Comparator.comparing(r -> r.school().schoolCode());
        if (sort == null) {
            return byCode;
        }
        return switch (sort) {
            case "name" -> Comparator.comparing((AssessmentViews.SchoolRow r) -> r.school().schoolName(),
                    java.text.Collator.getInstance(Locale.CHINA)).thenComparing(byCode);
            case "students" -> Comparator.comparingInt((AssessmentViews.SchoolRow r) -> r.school().students()).thenComparing(byCode);
            case "compliant" -> Comparator.comparing((AssessmentViews.SchoolRow r) -> Boolean.TRUE.equals(r.school().compliant()))
                    .thenComparing(byCode);
            default -> byIndicator(sort).thenComparing(byCode);
        };
    }

    /** By an indicator's value, schools without one last; by code when no such indicator is shown. */
    private static Comparator<AssessmentViews.SchoolRow> byIndicator(String indicator) {
        return Comparator.comparing((AssessmentViews.SchoolRow r) -> r.cells().stream()
                        .filter(c -> c.indicator().equals(indicator)).map(AssessmentViews.ValueCell::value).findFirst().orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder()));
    }

    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** The first and last row shown, counted from 1 (0 and 0 when nothing matches). */
    public int first() {
        return total == 0 ? 0 : page * size + 1;
    }

    public int last() {
        return page * size + rows.size();
    }

    /** Whether the next click on a column sorts it descending: a column sorted ascending turns around. */
    public boolean descendsNext(String column) {
        return column.equals(sort) && !descending;
    }

    /** How a column header tells assistive technology the sort: ascending, descending or none. */
    public String ariaSort(String column) {
        return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
    }
}
