package org.junheng.assessment;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

import org.junheng.registry.Stage;

/**
 * One county's school-stages as the split makes them, in columns: each school's stages that it teaches, primary
 * first, in school order, with the row they come from, their pupils, their share of the school's whole-school
 * resources and why they are left out (null when assessed).
 */
final class CountyParts {

    final SchoolFigures figures;
    final String countyCode;
    private final StageWeights weights;
    private int size;
    private int[] rows;
    private Stage[] stages;
    private int[] students;
    private double[] shares;
    private Exclusion[] exclusions;
    /** The assessed school-stages of each stage. */
    private final int[] assessedCount = new int[2];

    CountyParts(SchoolFigures figures, String countyCode, StageWeights weights, int capacity) {
        this.figures = figures;
        this.countyCode = countyCode;
        this.weights = weights;
        this.rows = new int[capacity];
        this.stages = new Stage[capacity];
        this.students = new int[capacity];
        this.shares = new double[capacity];
        this.exclusions = new Exclusion[capacity];
    }

    void add(int row, Stage stage, int pupils, double share, Exclusion exclusion) {
        if (size == rows.length) {
            int capacity = Math.max(4, size * 2);
            rows = Arrays.copyOf(rows, capacity);
            stages = Arrays.copyOf(stages, capacity);
            students = Arrays.copyOf(students, capacity);
            shares = Arrays.copyOf(shares, capacity);
            exclusions = Arrays.copyOf(exclusions, capacity);
        }
        rows[size] = row;
        stages[size] = stage;
        students[size] = pupils;
        shares[size] = share;
        exclusions[size] = exclusion;
        size++;
        if (exclusion == null) {
            assessedCount[stage.ordinal()]++;
        }
    }

    int size() {
        return size;
    }

    Stage stage(int part) {
        return stages[part];
    }

    boolean assessed(int part) {
        return exclusions[part] == null;
    }

    /** The assessed school-stages of one stage, in order; {@code positions[part]} set to each one's place among them. */
    StageParts assessed(Stage stage, int[] positions) {
        int count = assessedCount[stage.ordinal()];
        int[] stageRows = new int[count];
        int[] stageStudents = new int[count];
        double[] stageShares = new double[count];
        int at = 0;
        for (int p = 0; p < size; p++) {
            if (stages[p] == stage && exclusions[p] == null) {
                positions[p] = at;
                stageRows[at] = rows[p];
                stageStudents[at] = students[p];
                stageShares[at] = shares[p];
                at++;
            }
        }
        return new StageParts(figures, countyCode, stage, weights, stageRows, stageStudents, stageShares);
    }

    /** A school-stage left out: the reason only. */
    SchoolStageAssessment excluded(int part) {
        int row = rows[part];
        return new SchoolStageAssessment(figures.codes[row], figures.names[row], countyCode, stages[part], students[part],
                Map.of(), Map.of(), null, Map.of(), exclusions[part]);
    }

    /**
     * The assessed school-stages of one stage of a county: what the engine's loops read, by place in the stage.
     * A {@link SchoolStage} with the row's exact figures is made only where one is asked for.
     */
    static final class StageParts {

        final SchoolFigures figures;
        final String countyCode;
        final Stage stage;
        private final StageWeights weights;
        final int[] rows;
        final int[] students;
        final double[] shares;

        StageParts(SchoolFigures figures, String countyCode, Stage stage, StageWeights weights, int[] rows,
                   int[] students, double[] shares) {
            this.figures = figures;
            this.countyCode = countyCode;
            this.stage = stage;
            this.weights = weights;
            this.rows = rows;
            this.students = students;
            this.shares = shares;
        }

        int size() {
            return rows.length;
        }

        String schoolCode(int i) {
            return figures.codes[rows[i]];
        }

        String schoolName(int i) {
            return figures.names[rows[i]];
        }

        /** What adding one unit to the school adds to this school-stage: its share of whole-school resources, else 1. */
        double shareOf(int i, Resource resource) {
            return resource.wholeSchool() ? shares[i] : 1;
        }

        SchoolStage part(int i) {
            var row = figures.rows[rows[i]];
            return new SchoolStage(row.school(), stage, students[i], row.statistics(), shares[i], weights, null);
        }

        /** The school-stages as a list, each made when it is read (for the exact decisions, which are rare). */
        List<SchoolStage> asList() {
            return new Listed();
        }

        private final class Listed extends AbstractList<SchoolStage> implements RandomAccess {

            @Override
            public SchoolStage get(int index) {
                return part(index);
            }

            @Override
            public int size() {
                return rows.length;
            }
        }
    }
}
