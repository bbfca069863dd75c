package org.junheng;

/** Small {@code school-stats} files for tests: junior schools of one county, in the template's columns. */
public final class SchoolStatsCsv {

    private static final String HEADER = "year,county_code,county_name,school_code,school_name,school_type,location,"
            + "longitude,latitude,students_primary,students_junior,students_senior,classes_primary,classes_junior,"
            + "oversize_classes_primary,oversize_classes_junior,teachers_primary,teachers_junior,"
            + "qualified_teachers_primary,qualified_teachers_junior,backbone_teachers_primary,backbone_teachers_junior,"
            + "pe_art_teachers_primary,pe_art_teachers_junior,certified_teachers,teaching_area,sports_area,"
            + "equipment_value,multimedia_classrooms,music_rooms,art_rooms,music_room_min_area,art_room_min_area\n";

    /** A junior school row: {county} and the school's number (twice) to fill in. */
    public static final String JUNIOR = "2025,{county},接口县,2{county}%03d,接口第%d中学,junior,urban,,,0,900,0,0,18,0,2,0,70,0,65,"
            + "0,10,0,9,68,5200,8000,3000000,20,2,2,100,100";

    private SchoolStatsCsv() {
    }

    /** A file of these rows (with {county} in them) for the county. */
    public static String of(String county, String... rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String row : rows) {
            csv.append(row.replace("{county}", county)).append('\n');
        }
        return csv.toString();
    }

    /** A file of {@code schools} junior schools of the county, numbered from 1. */
    public static String juniorSchools(String county, int schools) {
        String[] rows = new String[schools];
        for (int i = 0; i < schools; i++) {
            rows[i] = JUNIOR.formatted(i + 1, i + 1);
        }
        return of(county, rows);
    }
}
