package org.junheng.registry;

/**
 * What only the earlier basic-balance method (basic-2012) uses: teaching computers and library
 * books of the whole school, full-time teachers with an intermediate or higher title per stage, and
 * who runs the school (its calculation takes public county-run schools only). Optional in the
 * {@code school-stats} template; null when not given.
 */
public record BasicBalanceFigures(Integer computers, Integer books, Integer titledTeachersPrimary,
                                  Integer titledTeachersJunior, Ownership ownership, AdministeringLevel administeredBy) {

    public static final BasicBalanceFigures NONE = new BasicBalanceFigures(null, null, null, null, null, null);

    public BasicBalanceFigures(Integer computers, Integer books, Integer titledTeachersPrimary, Integer titledTeachersJunior) {
        this(computers, books, titledTeachersPrimary, titledTeachersJunior, null, null);
    }

    public Integer titledTeachers(Stage stage) {
        return stage == Stage.PRIMARY ? titledTeachersPrimary : stage == Stage.JUNIOR ? titledTeachersJunior : null;
    }
}
