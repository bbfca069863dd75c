package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junheng.registry.AdministeringLevel;
import org.junheng.registry.LocationClass;
import org.junheng.registry.Ownership;
import org.junheng.registry.SchoolFacilities;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolType;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;
import org.junheng.registry.StageStatistics;

/**
 * One statistics year of school rows as the engine reads them: each figure in a primitive column, the rows grouped
 * by county in county code order and by school code within a county, so that assessing a county is a walk over
 * adjacent memory rather than a visit to a dozen objects a school. Built once for any number of assessments of
 * the same rows (another method, profile or stage weights); the rows stay at hand for the few school-stages that
 * need their exact figures (a value within a hair of a standard, rooms counted by area).
 */
public final class SchoolFigures {

    /** {@link #builtYear} of a school that does not report it. */
    static final int NOT_REPORTED = Integer.MIN_VALUE;

    private static final int STAGES = 2;
    private static final Comparator<SchoolYear> BY_SCHOOL_CODE = (a, b) -> a.school().code().compareTo(b.school().code());
    private static final Comparator<SchoolYear> BY_COUNTY_AND_SCHOOL_CODE = Comparator
            .comparing((SchoolYear row) -> row.school().countyCode()).thenComparing(BY_SCHOOL_CODE);

    final int year;
    final SchoolYear[] rows;
    /** The counties' codes in order, and where each one's rows start (the row count last). */
    final String[] countyCodes;
    final int[] countyStarts;

    final String[] codes;
    final String[] names;
    /** The first row of the county with this row's school code (rows of one code are adjacent). */
    final int[] firstRowOfSchool;
    final SchoolType[] types;
    final boolean[] rural;
    final Ownership[] ownership;
    final AdministeringLevel[] administeredBy;
    final int[] seniorStudents;
    /** By stage ({@link Stage#ordinal()}: primary, junior), then by row. */
    final int[][] students;
    final int[][] classes;
    final int[][] oversizeClasses;
    final int[][] teachers;
    /**
     * Each resource's reported amount by {@link Resource#ordinal()}, stage and row, NaN where not reported; a
     * whole-school resource has the same column at both stages.
     */
    private final double[][][] amounts;
    final int[] certifiedTeachers;
    final int[] musicRooms;
    final int[] artRooms;
    final BigDecimal[] musicRoomMinArea;
    final BigDecimal[] artRoomMinArea;
    /** The least areas as doubles (NaN where there is no such room), to settle most comparisons without a decimal. */
    final double[] musicRoomMinAreaValue;
    final double[] artRoomMinAreaValue;
    final int[] builtYear;

    private SchoolFigures(int year, SchoolYear[] rows, String[] countyCodes, int[] countyStarts) {
        this.year = year;
        this.rows = rows;
        this.countyCodes = countyCodes;
        this.countyStarts = countyStarts;
        int n = rows.length;
        codes = new String[n];
        names = new String[n];
        firstRowOfSchool = new int[n];
        types = new SchoolType[n];
        rural = new boolean[n];
        ownership = new Ownership[n];
        administeredBy = new AdministeringLevel[n];
        seniorStudents = new int[n];
        students = new int[STAGES][n];
        classes = new int[STAGES][n];
        oversizeClasses = new int[STAGES][n];
        teachers = new int[STAGES][n];
        amounts = new double[Resource.values().length][][];
        for (Resource resource : Resource.values()) {
            double[][] byStage = new double[STAGES][];
            byStage[0] = new double[n];
            byStage[1] = resource.wholeSchool() ? byStage[0] : new double[n];
            amounts[resource.ordinal()] = byStage;
        }
        certifiedTeachers = new int[n];
        musicRooms = new int[n];
        artRooms = new int[n];
        musicRoomMinArea = new BigDecimal[n];
        artRoomMinArea = new BigDecimal[n];
        musicRoomMinAreaValue = new double[n];
        artRoomMinAreaValue = new double[n];
        builtYear = new int[n];
    }

    /**
     * The rows of {@code year} (others are left out) in columns. Rows whose counties come together, as in files and
     * national exports, keep their order within a county unless it is not school code order; rows in any other order
     * are sorted by county and school code, keeping the order of rows with the same code.
     */
    public static SchoolFigures of(int year, Collection<SchoolYear> schoolYears) {
        Counties counties = counties(year, schoolYears);
        SchoolFigures figures = new SchoolFigures(year, counties.rows, counties.codes, counties.starts);
        IntStream.range(0, figures.counties()).parallel().forEach(figures::fill);
        return figures;
    }

    /**
     * The rows of one year arranged by county, each county's figures made when asked for ({@link #figures}): the
     * engine asks for a county's just before it assesses it, so that its rows are read from memory once, while it
     * works on them, and its columns are small and fresh in the cache.
     */
    record Counties(int year, SchoolYear[] rows, String[] codes, int[] starts) {

        int size() {
            return codes.length;
        }

        /** The figures of county {@code c} alone. */
        SchoolFigures figures(int c) {
            SchoolFigures figures = new SchoolFigures(year, Arrays.copyOfRange(rows, starts[c], starts[c + 1]),
                    new String[] {codes[c]}, new int[] {0, starts[c + 1] - starts[c]});
            figures.fill(0);
            return figures;
        }
    }

    /** The rows of {@code year} arranged by county, as {@link #of} arranges them. */
    static Counties counties(int year, Collection<SchoolYear> schoolYears) {
        SchoolYear[] rows = new SchoolYear[schoolYears.size()];
        int kept = 0;
        for (SchoolYear row : schoolYears) {
            if (row.statistics().year() == year) {
                rows[kept++] = row;
            }
        }
        List<int[]> runs = countyRuns(rows, kept);
        if (runs == null) {
            Arrays.sort(rows, 0, kept, BY_COUNTY_AND_SCHOOL_CODE);
            runs = countyRuns(rows, kept);
        }
        runs.sort(Comparator.comparing(run -> rows[run[0]].school().countyCode()));
        SchoolYear[] ordered = new SchoolYear[kept];
        String[] countyCodes = new String[runs.size()];
        int[] countyStarts = new int[runs.size() + 1];
        int at = 0;
        for (int c = 0; c < runs.size(); c++) {
            int[] run = runs.get(c);
            countyCodes[c] = rows[run[0]].school().countyCode();
            countyStarts[c] = at;
            System.arraycopy(rows, run[0], ordered, at, run[1] - run[0]);
            at += run[1] - run[0];
        }
        countyStarts[runs.size()] = at;
        return new Counties(year, ordered, countyCodes, countyStarts);
    }

    /**
     * Fills the columns of a county's rows, sorting its rows by school code first where they are not in that order.
     * Counties are independent: each may be filled on its own thread.
     */
    private void fill(int county) {
        int from = countyStarts[county];
        int to = countyStarts[county + 1];
        if (!fill(from, to)) {
            Arrays.sort(rows, from, to, BY_SCHOOL_CODE);
            fill(from, to);
        }
    }

    /** Each county's run of the first {@code count} rows as [start, end), or null when a county's rows are apart. */
    private static List<int[]> countyRuns(SchoolYear[] rows, int count) {
        List<int[]> runs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = null;
        int start = 0;
        for (int i = 0; i < count; i++) {
            String county = rows[i].school().countyCode();
            if (county != current && !county.equals(current)) {
                if (!seen.add(county)) {
                    return null;
                }
                if (current != null) {
                    runs.add(new int[] {start, i});
                }
                current = county;
                start = i;
            }
        }
        if (current != null) {
            runs.add(new int[] {start, count});
        }
        return runs;
    }

    /**
     * Fills the columns of one county's rows [from, to); returns false, leaving them part filled, where the rows
     * are not in school code order.
     */
    private boolean fill(int from, int to) {
        for (int i = from; i < to; i++) {
            SchoolYear row = rows[i];
            codes[i] = row.school().code();
            int order = i > from ? codes[i - 1].compareTo(codes[i]) : -1;
            if (order > 0) {
                return false;
            }
            firstRowOfSchool[i] = order == 0 ? firstRowOfSchool[i - 1] : i;
            fillRow(i, row);
        }
        return true;
    }

    /** Fills row {@code i}'s columns but its code. */
    private void fillRow(int i, SchoolYear row) {
        names[i] = row.school().name();
        types[i] = row.school().type();
        rural[i] = row.school().location() == LocationClass.RURAL;
        SchoolStatistics statistics = row.statistics();
        ownership[i] = statistics.basic().ownership();
        administeredBy[i] = statistics.basic().administeredBy();
        seniorStudents[i] = statistics.studentsSenior();
        fillStage(i, Stage.PRIMARY, statistics.primary(), statistics.basic().titledTeachersPrimary());
        fillStage(i, Stage.JUNIOR, statistics.junior(), statistics.basic().titledTeachersJunior());
        SchoolFacilities facilities = statistics.facilities();
        amounts[Resource.TEACHING_AREA.ordinal()][0][i] = facilities.teachingArea().doubleValue();
        amounts[Resource.SPORTS_AREA.ordinal()][0][i] = facilities.sportsArea().doubleValue();
        amounts[Resource.EQUIPMENT_VALUE.ordinal()][0][i] = facilities.equipmentValue().doubleValue();
        amounts[Resource.MULTIMEDIA_CLASSROOMS.ordinal()][0][i] = facilities.multimediaClassrooms();
        amounts[Resource.COMPUTERS.ordinal()][0][i] = orNaN(statistics.basic().computers());
        amounts[Resource.BOOKS.ordinal()][0][i] = orNaN(statistics.basic().books());
        certifiedTeachers[i] = facilities.certifiedTeachers();
        musicRooms[i] = facilities.musicRooms();
        artRooms[i] = facilities.artRooms();
        musicRoomMinArea[i] = facilities.musicRoomMinArea();
        artRoomMinArea[i] = facilities.artRoomMinArea();
        musicRoomMinAreaValue[i] = facilities.musicRoomMinArea() == null ? Double.NaN
                : facilities.musicRoomMinArea().doubleValue();
        artRoomMinAreaValue[i] = facilities.artRoomMinArea() == null ? Double.NaN
                : facilities.artRoomMinArea().doubleValue();
        builtYear[i] = facilities.builtYear() == null ? NOT_REPORTED : facilities.builtYear();
    }

    /** Copies every column of this (a part of the rows) into {@code whole}'s rows from {@code at} on. */
    private void copyInto(SchoolFigures whole, int at) {
        int n = rows.length;
        System.arraycopy(rows, 0, whole.rows, at, n);
        System.arraycopy(codes, 0, whole.codes, at, n);
        System.arraycopy(names, 0, whole.names, at, n);
        System.arraycopy(firstRowOfSchool, 0, whole.firstRowOfSchool, at, n);
        System.arraycopy(types, 0, whole.types, at, n);
        System.arraycopy(rural, 0, whole.rural, at, n);
        System.arraycopy(ownership, 0, whole.ownership, at, n);
        System.arraycopy(administeredBy, 0, whole.administeredBy, at, n);
        System.arraycopy(seniorStudents, 0, whole.seniorStudents, at, n);
        for (int s = 0; s < STAGES; s++) {
            System.arraycopy(students[s], 0, whole.students[s], at, n);
            System.arraycopy(classes[s], 0, whole.classes[s], at, n);
            System.arraycopy(oversizeClasses[s], 0, whole.oversizeClasses[s], at, n);
            System.arraycopy(teachers[s], 0, whole.teachers[s], at, n);
        }
        for (Resource resource : Resource.values()) {
            double[][] byStage = amounts[resource.ordinal()];
            for (int s = 0; s < (resource.wholeSchool() ? 1 : STAGES); s++) {
                System.arraycopy(byStage[s], 0, whole.amounts[resource.ordinal()][s], at, n);
            }
        }
        System.arraycopy(certifiedTeachers, 0, whole.certifiedTeachers, at, n);
        System.arraycopy(musicRooms, 0, whole.musicRooms, at, n);
        System.arraycopy(artRooms, 0, whole.artRooms, at, n);
        System.arraycopy(musicRoomMinArea, 0, whole.musicRoomMinArea, at, n);
        System.arraycopy(artRoomMinArea, 0, whole.artRoomMinArea, at, n);
        System.arraycopy(musicRoomMinAreaValue, 0, whole.musicRoomMinAreaValue, at, n);
        System.arraycopy(artRoomMinAreaValue, 0, whole.artRoomMinAreaValue, at, n);
        System.arraycopy(builtYear, 0, whole.builtYear, at, n);
    }

    /**
     * Puts rows' figures in columns as a file's reading gives them, a batch at a time while each batch is fresh in
     * the cache, so that the figures are ready when the reading ends. Where the rows come as files and national
     * exports write them — one year, counties in code order, each county's schools in code order — the batches'
     * columns are joined as they are; rows in any other order are arranged by {@link SchoolFigures#of} instead.
     */
    public static final class Builder implements Consumer<List<SchoolYear>> {

        private final List<SchoolFigures> parts = new ArrayList<>();
        private final List<SchoolYear> rows = new ArrayList<>();
        private final List<String> countyCodes = new ArrayList<>();
        private final List<Integer> countyStarts = new ArrayList<>();
        private boolean inOrder = true;
        private boolean oneYear = true;
        private Integer year;
        private String lastCounty;
        private String lastCode;
        private int lastFirstRow;

        @Override
        public void accept(List<SchoolYear> batch) {
            SchoolYear[] partRows = batch.toArray(SchoolYear[]::new);
            SchoolFigures part = new SchoolFigures(0, partRows, new String[0], new int[] {0});
            for (int i = 0; i < partRows.length; i++) {
                SchoolYear row = partRows[i];
                part.codes[i] = row.school().code();
                part.firstRowOfSchool[i] = follow(row, rows.size() + i);
                part.fillRow(i, row);
            }
            parts.add(part);
            rows.addAll(batch);
        }

        /** Checks that a row keeps the order; returns the first row of its school (its own index when it starts one). */
        private int follow(SchoolYear row, int index) {
            int rowYear = row.statistics().year();
            if (year == null) {
                year = rowYear;
            }
            oneYear &= year == rowYear;
            String county = row.school().countyCode();
            String code = row.school().code();
            if (county != lastCounty && !county.equals(lastCounty)) {
                inOrder &= lastCounty == null || lastCounty.compareTo(county) < 0;
                countyCodes.add(county);
                countyStarts.add(index);
                lastCounty = county;
            } else {
                int order = lastCode.compareTo(code);
                inOrder &= order <= 0;
                if (order == 0) {
                    lastCode = code;
                    return lastFirstRow;
                }
            }
            lastCode = code;
            lastFirstRow = index;
            return index;
        }

        /** The year of every row, or null when the rows are of several years (or none). */
        public Integer onlyYear() {
            return oneYear ? year : null;
        }

        /** The figures of {@code year}'s rows. */
        public SchoolFigures build(int year) {
            if (!inOrder || !oneYear || this.year == null || this.year != year) {
                return SchoolFigures.of(year, rows);
            }
            int[] starts = new int[countyStarts.size() + 1];
            for (int c = 0; c < countyStarts.size(); c++) {
                starts[c] = countyStarts.get(c);
            }
            starts[countyStarts.size()] = rows.size();
            SchoolFigures whole = new SchoolFigures(year, new SchoolYear[rows.size()], countyCodes.toArray(String[]::new),
                    starts);
            int at = 0;
            for (SchoolFigures part : parts) {
                part.copyInto(whole, at);
                at += part.size();
            }
            return whole;
        }
    }

    private void fillStage(int i, Stage stage, StageStatistics counts, Integer titledTeachers) {
        int s = stage.ordinal();
        students[s][i] = counts.students();
        classes[s][i] = counts.classes();
        oversizeClasses[s][i] = counts.oversizeClasses();
        teachers[s][i] = counts.teachers();
        amounts[Resource.TEACHERS.ordinal()][s][i] = counts.teachers();
        amounts[Resource.QUALIFIED_TEACHERS.ordinal()][s][i] = counts.qualifiedTeachers();
        amounts[Resource.BACKBONE_TEACHERS.ordinal()][s][i] = counts.backboneTeachers();
        amounts[Resource.PE_ART_TEACHERS.ordinal()][s][i] = counts.peArtTeachers();
        amounts[Resource.TITLED_TEACHERS.ordinal()][s][i] = orNaN(titledTeachers);
    }

    private static double orNaN(Integer figure) {
        return figure == null ? Double.NaN : figure;
    }

    /** The statistics year. */
    public int year() {
        return year;
    }

    /** The schools (rows) held. */
    public int size() {
        return rows.length;
    }

    int counties() {
        return countyCodes.length;
    }

    /** What each row reports of a resource at a stage (for the whole school where the resource is whole-school). */
    double[] reported(Resource resource, Stage stage) {
        return amounts[resource.ordinal()][stage.ordinal()];
    }
}
