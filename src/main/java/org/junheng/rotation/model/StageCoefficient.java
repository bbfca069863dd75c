package org.junheng.rotation.model;

import java.util.Comparator;
import java.util.List;

/**
 * The enrolment-weighted difference coefficient of a teacher indicator over a stage's assessed
 * school-stages, computed as the assessment does: √(Σ Pᵢ (xᵢ − x̄)² / ΣP) / x̄ with xᵢ = 100 Tᵢ / Pᵢ
 * and x̄ = 100 ΣT / ΣP. School-stages are summed in a fixed order, so the same plan gives the same
 * number to the last bit.
 */
public final class StageCoefficient {

    /** A school-stage with the number of eligible teachers counted in the indicator that end up there. */
    public record PartCount(SchoolPart part, int candidates) {
    }

    private StageCoefficient() {
    }

    public static double of(List<PartCount> parts, TeacherIndicator indicator) {
        List<PartCount> sorted = parts.stream().sorted(Comparator.comparing(p -> p.part().school().code())).toList();
        double students = 0;
        double teachers = 0;
        for (PartCount p : sorted) {
            students += p.part().students();
            teachers += p.part().teachers(indicator, p.candidates());
        }
        if (students == 0 || teachers == 0) {
            return 0;
        }
        double mean = 100 * teachers / students;
        double sum = 0;
        for (PartCount p : sorted) {
            double value = p.part().per100(indicator, p.candidates());
            sum += p.part().students() * (value - mean) * (value - mean);
        }
        return Math.sqrt(sum / students) / mean;
    }
}
