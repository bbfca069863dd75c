package org.junheng.registry;

/**
 * Figures only the earlier basic-balance method (basic-2012) uses: teaching computers and library
 * books of the whole school, and full-time teachers with an intermediate or higher title per stage.
 * Optional in the {@code school-stats} template; null when not given.
 */
public record BasicBalanceFigures(Integer computers, Integer books, Integer titledTeachersPrimary,
                                  Integer titledTeachersJunior) {

    public static final BasicBalanceFigures NONE = new BasicBalanceFigures(null, null, null, null);

    public Integer titledTeachers(Stage stage) {
        return stage == Stage.PRIMARY ? titledTeachersPrimary : stage == Stage.JUNIOR ? titledTeachersJunior : null;
    }
}
