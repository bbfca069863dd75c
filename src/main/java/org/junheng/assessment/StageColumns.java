package org.junheng.assessment;

import java.util.List;
import java.util.Map;

/**
 * One stage of one county as the engine works it out: a row per assessed school-stage, a column per
 * indicator, in primitive arrays. A national assessment holds 218,000 school-stages × 7 indicators, so
 * nothing is kept per value; a {@link SchoolStageAssessment} is made from its row when it is read.
 */
final class StageColumns {

    private static final byte NOT_JUDGED = 0;
    private static final byte BELOW = 1;
    private static final byte MEETS = 2;

    private final String[] codes;
    private final List<SchoolStage> parts;
    /** Each indicator's value by row; not finite where the figures are missing. */
    final double[][] values;
    /** What the school lacks for the indicator, where it does not meet its standard. */
    final double[][] gaps;
    private final byte[][] passes;
    private final boolean[] compliant;

    /** @param judgedBySchoolRule whether the method has a school rule (else compliance is not judged) */
    StageColumns(String[] codes, List<SchoolStage> parts, boolean judgedBySchoolRule) {
        this.codes = codes;
        this.parts = parts;
        int n = parts.size();
        // row by row: a two-dimensional new is a slow call into the runtime
        this.values = new double[codes.length][];
        this.gaps = new double[codes.length][];
        this.passes = new byte[codes.length][];
        for (int k = 0; k < codes.length; k++) {
            values[k] = new double[n];
            gaps[k] = new double[n];
            passes[k] = new byte[n];
        }
        this.compliant = judgedBySchoolRule ? new boolean[n] : null;
    }

    int size() {
        return parts.size();
    }

    void meets(int indicator, int row) {
        passes[indicator][row] = MEETS;
    }

    void below(int indicator, int row, double gap) {
        passes[indicator][row] = BELOW;
        gaps[indicator][row] = gap;
    }

    void compliant(int row, boolean isCompliant) {
        compliant[row] = isCompliant;
    }

    SchoolStageAssessment row(int row) {
        SchoolStage part = parts.get(row);
        return new SchoolStageAssessment(part.school().code(), part.school().name(), part.school().countyCode(),
                part.stage(), part.students(), new ValueView(row), new PassView(row),
                compliant == null ? null : compliant[row], new GapView(row), null);
    }

    /** An excluded school-stage: the reason only. */
    static SchoolStageAssessment excluded(SchoolStage part) {
        return new SchoolStageAssessment(part.school().code(), part.school().name(), part.school().countyCode(),
                part.stage(), part.students(), Map.of(), Map.of(), null, Map.of(), part.exclusion());
    }

    private final class ValueView extends IndicatorSlots<Double> {

        private final int row;

        ValueView(int row) {
            super(codes);
            this.row = row;
        }

        @Override
        boolean present(int slot) {
            return Double.isFinite(values[slot][row]);
        }

        @Override
        Double value(int slot) {
            return values[slot][row];
        }
    }

    private final class PassView extends IndicatorSlots<Boolean> {

        private final int row;

        PassView(int row) {
            super(codes);
            this.row = row;
        }

        @Override
        boolean present(int slot) {
            return passes[slot][row] != NOT_JUDGED;
        }

        @Override
        Boolean value(int slot) {
            return passes[slot][row] == MEETS;
        }
    }

    private final class GapView extends IndicatorSlots<Double> {

        private final int row;

        GapView(int row) {
            super(codes);
            this.row = row;
        }

        @Override
        boolean present(int slot) {
            return passes[slot][row] == BELOW;
        }

        @Override
        Double value(int slot) {
            return gaps[slot][row];
        }
    }
}
