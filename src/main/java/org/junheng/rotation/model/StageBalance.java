package org.junheng.rotation.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.function.ToIntFunction;

/**
 * What a stage's enrolment-weighted difference coefficient of a teacher indicator is made of, over
 * its assessed school-stages: Σ Tᵢ²/Pᵢ, Σ Tᵢ and Σ Pᵢ, since CV² + 1 = Σ Tᵢ²/Pᵢ × ΣP / (ΣT)²
 * (see {@link SchoolPart}). The sums can be kept up to date move by move, where recomputing the
 * coefficient would go over every school-stage of the stage.
 *
 * <p>Each Tᵢ²/Pᵢ is rounded once to 30 decimals and the rounded terms are added exactly, so the
 * sums do not depend on the order the school-stages come in: the same distribution of teachers
 * gives the same sums, and whether a plan makes a stage less balanced is decided exactly (to far
 * below what a double can tell apart).
 *
 * @param squaresPerStudent Σ Tᵢ²/Pᵢ
 * @param teachers          Σ Tᵢ
 * @param students          Σ Pᵢ
 */
public record StageBalance(BigDecimal squaresPerStudent, long teachers, long students) {

    private static final int SCALE = 30;

    /** The sums over the given school-stages, with {@code candidates} eligible teachers of the indicator at each. */
    public static StageBalance of(Collection<SchoolPart> parts, TeacherIndicator indicator, ToIntFunction<SchoolPart> candidates) {
        BigDecimal squares = BigDecimal.ZERO;
        long teachers = 0;
        long students = 0;
        for (SchoolPart part : parts) {
            int n = candidates.applyAsInt(part);
            squares = squares.add(part.balanceTerm(indicator, n));
            teachers += part.teachers(indicator, n);
            students += part.students();
        }
        return new StageBalance(squares, teachers, students);
    }

    /** One school-stage's Tᵢ²/Pᵢ, as it enters the sum. */
    public static BigDecimal term(int teachers, int students) {
        return BigDecimal.valueOf((long) teachers * teachers).divide(BigDecimal.valueOf(students), SCALE, RoundingMode.HALF_EVEN);
    }

    /** The coefficient (0 when the stage has no such teachers, as the assessment leaves it undefined). */
    public double coefficient() {
        if (students == 0 || teachers == 0) {
            return 0;
        }
        double squared = squaresPerStudent.doubleValue() * students / ((double) teachers * teachers) - 1;
        return Math.sqrt(Math.max(0, squared));
    }

    /** Whether this is less balanced than {@code before}: a higher coefficient. */
    public boolean lessBalancedThan(StageBalance before) {
        if (teachers == 0) {
            return false;
        }
        if (before.teachers == 0 || students != before.students) {
            return coefficient() > before.coefficient();
        }
        // CV² + 1 compared without dividing: Σ T²/P × (ΣT before)² against Σ T²/P before × (ΣT)²
        BigDecimal now = squaresPerStudent.multiply(BigDecimal.valueOf(before.teachers * before.teachers));
        BigDecimal then = before.squaresPerStudent.multiply(BigDecimal.valueOf(teachers * teachers));
        return now.compareTo(then) > 0;
    }

    /** How much higher the coefficient is than {@code before}'s (0 when it is not higher). */
    public double riseFrom(StageBalance before) {
        return lessBalancedThan(before) ? Math.max(0, coefficient() - before.coefficient()) : 0;
    }
}
