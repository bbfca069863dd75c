package org.junheng.assessment;

import java.math.BigDecimal;

import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.Stage;
import org.junheng.registry.StageStatistics;

/**
 * A resource the statistics report, either per stage (teachers by category) or for the whole school
 * (floor areas, equipment, rooms), which the assessment apportions between a school's stages.
 */
public enum Resource {
    QUALIFIED_TEACHERS(ResourceUnit.TEACHERS, false),
    BACKBONE_TEACHERS(ResourceUnit.TEACHERS, false),
    PE_ART_TEACHERS(ResourceUnit.TEACHERS, false),
    TEACHING_AREA(ResourceUnit.SQUARE_METRES, true),
    SPORTS_AREA(ResourceUnit.SQUARE_METRES, true),
    EQUIPMENT_VALUE(ResourceUnit.YUAN, true),
    MULTIMEDIA_CLASSROOMS(ResourceUnit.ROOMS, true),
    TEACHERS(ResourceUnit.TEACHERS, false),
    TITLED_TEACHERS(ResourceUnit.TEACHERS, false),
    COMPUTERS(ResourceUnit.UNITS, true),
    BOOKS(ResourceUnit.VOLUMES, true);

    private final ResourceUnit unit;
    private final boolean wholeSchool;

    Resource(ResourceUnit unit, boolean wholeSchool) {
        this.unit = unit;
        this.wholeSchool = wholeSchool;
    }

    public ResourceUnit unit() {
        return unit;
    }

    /** Reported for the whole school and apportioned between its stages by (weighted) share of students. */
    public boolean wholeSchool() {
        return wholeSchool;
    }

    /** {@link #reported} in double precision, without allocating; NaN when the statistics do not give it. */
    double reportedAmount(SchoolStatistics statistics, Stage stage) {
        return reportedAmount(statistics, stage, statistics.stage(stage));
    }

    /** {@link #reportedAmount(SchoolStatistics, Stage)}, given the stage's counts ({@code statistics.stage(stage)}). */
    double reportedAmount(SchoolStatistics statistics, Stage stage, StageStatistics counts) {
        return switch (this) {
            case TEACHERS -> counts.teachers();
            case TITLED_TEACHERS -> orNaN(statistics.basic().titledTeachers(stage));
            case COMPUTERS -> orNaN(statistics.basic().computers());
            case BOOKS -> orNaN(statistics.basic().books());
            case QUALIFIED_TEACHERS -> counts.qualifiedTeachers();
            case BACKBONE_TEACHERS -> counts.backboneTeachers();
            case PE_ART_TEACHERS -> counts.peArtTeachers();
            case TEACHING_AREA -> statistics.facilities().teachingArea().doubleValue();
            case SPORTS_AREA -> statistics.facilities().sportsArea().doubleValue();
            case EQUIPMENT_VALUE -> statistics.facilities().equipmentValue().doubleValue();
            case MULTIMEDIA_CLASSROOMS -> statistics.facilities().multimediaClassrooms();
        };
    }

    private static double orNaN(Integer figure) {
        return figure == null ? Double.NaN : figure;
    }

    private static BigDecimal orNull(Integer figure) {
        return figure == null ? null : BigDecimal.valueOf(figure);
    }

    /** The amount the statistics report: for the stage, or for the whole school when {@link #wholeSchool()}; null when not given. */
    BigDecimal reported(SchoolStatistics statistics, Stage stage) {
        return switch (this) {
            case TEACHERS -> BigDecimal.valueOf(statistics.stage(stage).teachers());
            case TITLED_TEACHERS -> orNull(statistics.basic().titledTeachers(stage));
            case COMPUTERS -> orNull(statistics.basic().computers());
            case BOOKS -> orNull(statistics.basic().books());
            case QUALIFIED_TEACHERS -> BigDecimal.valueOf(statistics.stage(stage).qualifiedTeachers());
            case BACKBONE_TEACHERS -> BigDecimal.valueOf(statistics.stage(stage).backboneTeachers());
            case PE_ART_TEACHERS -> BigDecimal.valueOf(statistics.stage(stage).peArtTeachers());
            case TEACHING_AREA -> statistics.facilities().teachingArea();
            case SPORTS_AREA -> statistics.facilities().sportsArea();
            case EQUIPMENT_VALUE -> statistics.facilities().equipmentValue();
            case MULTIMEDIA_CLASSROOMS -> BigDecimal.valueOf(statistics.facilities().multimediaClassrooms());
        };
    }
}
