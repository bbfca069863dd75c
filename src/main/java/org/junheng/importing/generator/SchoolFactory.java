package org.junheng.importing.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junheng.registry.LocationClass;
import org.junheng.registry.SchoolType;

/**
 * Draws the schools of one county. Each school-stage gets a resource level around the county's,
 * spread by the county's inequality, and its resources are derived from the official standards
 * times that level, so the indicators straddle the standards by design.
 */
final class SchoolFactory {

    // quality-2017 standards, primary then junior: qualified, backbone, PE/art per 100; teaching m², sports m², yuan; multimedia per 100
    private static final double[][] STANDARDS = {
            {4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3},
            {5.3, 1.0, 0.9, 5.8, 10.2, 2500, 2.4}};

    private static final double INDICATOR_SPREAD = 0.1;
    static final double WELL_RUN_LEVEL = 1.2;

    private static final String[] TOWNS = {"城关", "溪口", "石桥", "白沙", "龙潭", "大坪", "新塘", "桃花", "清水", "高山",
            "黄岭", "柳溪", "水口", "梅林", "竹坑", "上洋", "下庄", "凤凰", "安仁", "长乐", "双溪", "马头", "横山", "金竹"};

    private final SplittableRandom random;
    private final CountyPlan county;
    private final boolean demo;
    private int sequence;

    SchoolFactory(CountyPlan county, long seed, boolean demo) {
        this.county = county;
        this.random = new SplittableRandom(seed);
        this.demo = demo;
    }

    List<GeneratedSchool> schools() {
        List<GeneratedSchool> schools = new ArrayList<>();
        String shortName = county.name().substring(0, county.name().length() - 1);
        // every demo county has the cases the method treats specially
        if (demo) {
            schools.add(school(SchoolType.SPECIAL, LocationClass.URBAN, shortName));
            schools.add(school(SchoolType.NINE_YEAR, LocationClass.TOWN, shortName));
            schools.add(school(SchoolType.COMPLETE_MIDDLE, LocationClass.URBAN, shortName));
            schools.add(smallTeachingPoint(shortName, 12 + random.nextInt(37)));
            schools.add(smallTeachingPoint(shortName, 50 + random.nextInt(60)));
        }
        while (schools.size() < county.schools()) {
            int roll = random.nextInt(100);
            SchoolType type;
            LocationClass location;
            if (roll < 14) {
                type = SchoolType.PRIMARY;
                location = LocationClass.URBAN;
            } else if (roll < 34) {
                type = SchoolType.PRIMARY;
                location = LocationClass.TOWN;
            } else if (roll < 54) {
                type = SchoolType.PRIMARY;
                location = LocationClass.RURAL;
            } else if (roll < 62) {
                type = SchoolType.JUNIOR;
                location = LocationClass.URBAN;
            } else if (roll < 72) {
                type = SchoolType.JUNIOR;
                location = LocationClass.TOWN;
            } else if (roll < 82) {
                type = SchoolType.NINE_YEAR;
                location = random.nextBoolean() ? LocationClass.TOWN : LocationClass.RURAL;
            } else if (roll < 84) {
                type = SchoolType.COMPLETE_MIDDLE;
                location = LocationClass.URBAN;
            } else if (roll < 85) {
                type = SchoolType.TWELVE_YEAR;
                location = LocationClass.URBAN;
            } else {
                type = SchoolType.TEACHING_POINT;
                location = LocationClass.RURAL;
            }
            schools.add(school(type, location, shortName));
        }
        return schools;
    }

    private GeneratedSchool smallTeachingPoint(String shortName, int students) {
        return build(SchoolType.TEACHING_POINT, LocationClass.RURAL, shortName, students, 0, 0);
    }

    private GeneratedSchool school(SchoolType type, LocationClass location, String shortName) {
        boolean urban = location == LocationClass.URBAN;
        boolean rural = location == LocationClass.RURAL;
        return switch (type) {
            case PRIMARY -> build(type, location, shortName,
                    urban ? between(900, wellRun() ? 1950 : 2200) : rural ? between(80, 500) : between(400, 1200), 0, 0);
            case JUNIOR -> build(type, location, shortName, 0, urban ? between(900, 2000) : rural ? between(200, 700) : between(500, 1300), 0);
            case NINE_YEAR -> {
                int total = rural ? between(250, 900) : between(600, 1800);
                int primary = (int) (total * (0.58 + random.nextDouble() * 0.12));
                yield build(type, location, shortName, primary, total - primary, 0);
            }
            case TWELVE_YEAR -> build(type, location, shortName, between(300, 800), between(300, 700), between(300, 900));
            case COMPLETE_MIDDLE -> build(type, location, shortName, 0, between(500, 1400), between(600, 1800));
            case TEACHING_POINT -> build(type, location, shortName, between(8, 120), 0, 0);
            case SPECIAL -> build(type, location, shortName, between(40, 120), between(20, 60), 0);
        };
    }

    private GeneratedSchool build(SchoolType type, LocationClass location, String shortName, int primaryStudents,
                                  int juniorStudents, int seniorStudents) {
        sequence++;
        String code = "2" + county.code() + String.format("%03d", sequence);
        String name = name(type, location, shortName);
        double locationLevel = county.level() * (location == LocationClass.RURAL ? 0.95 : location == LocationClass.URBAN ? 1.03 : 1.0);
        double schoolLevel = schoolLevel(locationLevel);
        int[] primary = stage(0, primaryStudents, location, type, schoolLevel);
        int[] junior = stage(1, juniorStudents, location, type, schoolLevel);
        double[] whole = new double[4];
        for (int s = 0; s < 2; s++) {
            int students = s == 0 ? primaryStudents : juniorStudents;
            for (int k = 0; k < 4; k++) {
                whole[k] += STANDARDS[s][3 + k] * factor(schoolLevel) * students;
            }
        }
        // senior students bring their own share of the whole-school resources
        for (int k = 0; k < 4; k++) {
            whole[k] += STANDARDS[1][3 + k] * 1.1 * factor(schoolLevel) * seniorStudents;
        }
        int teachers = primary[GeneratedSchool.TEACHERS] + junior[GeneratedSchool.TEACHERS];
        int certified = seniorStudents > 0 ? teachers + seniorStudents / 13 : teachers - (lapse(10) ? 1 : 0);
        int classes = primary[GeneratedSchool.CLASSES] + junior[GeneratedSchool.CLASSES];
        int rooms = Math.max(1, (classes + 11) / 12) - (lapse(6) ? 1 : 0);
        int artRooms = Math.max(1, (classes + 11) / 12) - (lapse(7) ? 1 : 0);
        Double musicMin = rooms == 0 ? null : round1((lapse(4) ? 88 : 96) + random.nextDouble() * 22);
        Double artMin = artRooms == 0 ? null : round1((lapse(4) ? 84 : 90) + random.nextDouble() * 20);
        double lon = round6(county.longitude() + (random.nextDouble() - 0.5) * 0.5);
        double lat = round6(county.latitude() + (random.nextDouble() - 0.5) * 0.5);
        return new GeneratedSchool(code, name, type, location, lon, lat, primary, junior, seniorStudents,
                Math.max(0, certified), round1(whole[0]), round1(whole[1]), Math.round(whole[2]),
                (int) Math.round(whole[3] / 100), rooms, artRooms, musicMin, artMin);
    }

    private int[] stage(int stage, int students, LocationClass location, SchoolType type, double schoolLevel) {
        int[] s = new int[7];
        if (students == 0) {
            return s;
        }
        s[GeneratedSchool.STUDENTS] = students;
        double classSize = location == LocationClass.URBAN ? 38 + random.nextInt(8)
                : location == LocationClass.TOWN ? 32 + random.nextInt(10) : 14 + random.nextInt(18);
        int classes = Math.max(1, (int) Math.ceil(students / classSize));
        if (type == SchoolType.TEACHING_POINT) {
            classes = Math.min(classes, Math.max(1, students / 8));
        }
        s[GeneratedSchool.CLASSES] = classes;
        s[GeneratedSchool.OVERSIZE] = location == LocationClass.URBAN && lapse(4) ? random.nextInt(classes / 6 + 1) : 0;
        double ratio = stage == 0 ? 16 + random.nextDouble() * 6 : 11 + random.nextDouble() * 4;
        int teachers = Math.max(type == SchoolType.TEACHING_POINT ? 2 : 3, (int) Math.round(students / ratio));
        s[GeneratedSchool.TEACHERS] = teachers;
        s[GeneratedSchool.QUALIFIED] = Math.min(teachers, (int) Math.round(STANDARDS[stage][0] * factor(schoolLevel) * students / 100));
        s[GeneratedSchool.BACKBONE] = Math.min(teachers, (int) Math.round(STANDARDS[stage][1] * factor(schoolLevel) * students / 100));
        s[GeneratedSchool.PE_ART] = Math.min(teachers, (int) Math.round(STANDARDS[stage][2] * factor(schoolLevel) * students / 100));
        return s;
    }

    /**
     * A school's resource level: log-normal around its county's (so resources stay positive), spread
     * by the county's inequality. Its indicators vary a little around it, as a well-off school tends
     * to be well off in everything.
     */
    private double schoolLevel(double countyLevel) {
        double spread = county.spread();
        return countyLevel * Math.exp(gaussian() * spread - spread * spread / 2);
    }

    private double factor(double schoolLevel) {
        return schoolLevel * Math.exp(gaussian() * INDICATOR_SPREAD - INDICATOR_SPREAD * INDICATOR_SPREAD / 2);
    }

    private double gaussian() {
        double u = Math.max(1e-12, random.nextDouble());
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private String name(SchoolType type, LocationClass location, String shortName) {
        String town = location == LocationClass.URBAN ? "城关" : TOWNS[random.nextInt(TOWNS.length)];
        String place = shortName + town + (location == LocationClass.URBAN ? "" : location == LocationClass.TOWN ? "镇" : "乡");
        return switch (type) {
            case PRIMARY -> place + (location == LocationClass.TOWN ? "中心小学" : "第" + sequence + "小学");
            case JUNIOR -> place + "第" + sequence + "初级中学";
            case NINE_YEAR -> place + "九年一贯制学校" + (sequence > 1 ? "（" + sequence + "）" : "");
            case TWELVE_YEAR -> shortName + "外国语学校" + sequence;
            case COMPLETE_MIDDLE -> shortName + "第" + sequence + "中学";
            case TEACHING_POINT -> place + TOWNS[random.nextInt(TOWNS.length)] + "村教学点" + sequence;
            case SPECIAL -> shortName + "特殊教育学校" + (sequence > 1 ? sequence : "");
        };
    }

    /** Counties close to quality balance also keep the guarantee rules their statistics show. */
    private boolean wellRun() {
        return county.level() >= WELL_RUN_LEVEL;
    }

    /** A breach of a guarantee rule, one time in {@code odds}, except in well-run counties. */
    private boolean lapse(int odds) {
        boolean roll = random.nextInt(odds) == 0; // drawn always, so that a county's other draws do not shift
        return roll && !wellRun();
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double round6(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
