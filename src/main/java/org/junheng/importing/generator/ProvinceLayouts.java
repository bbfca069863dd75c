package org.junheng.importing.generator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junheng.registry.ProvinceNames;
import org.junheng.registry.RegionCode;
import org.junheng.registry.RegionTag;

/** The regions of the two generated worlds: the demo province and the synthetic country. */
public final class ProvinceLayouts {

    /** The demo province's code: 99 is no real province, so demo data can never be taken for real data. */
    public static final String DEMO_PROVINCE = "990000";

    private static final String[][] DEMO_CITIES = {
            {"990100", "青山市"}, {"990200", "东海市"}, {"990300", "平川市"}};

    private static final String[][] DEMO_COUNTY_NAMES = {
            {"青岭县", "云岩县", "石门县", "松溪县", "龙泉山县"},
            {"东岛县", "渔山县", "北礁县"},
            {"平川区", "河西区", "安乐县", "桃源县", "临江县", "长宁县", "丰饶县"}};

    private ProvinceLayouts() {
    }

    public record Layout(List<String[]> regionRows, List<CountyPlan> counties) {
    }

    /**
     * The demo province: mountain counties (fewer resources, more unequal), island counties (small,
     * scattered schools) and ordinary counties, some within the coefficient limits and some not.
     */
    public static Layout demo(int countyCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String[]> regions = new ArrayList<>();
        regions.add(new String[] {DEMO_PROVINCE, "示范省", ""});
        for (String[] city : DEMO_CITIES) {
            regions.add(new String[] {city[0], city[1], ""});
        }
        List<CountyPlan> counties = new ArrayList<>();
        int[] used = new int[3];
        for (int i = 0; i < countyCount; i++) {
            int kind = i % 12 < 4 ? 0 : i % 12 < 6 ? 1 : 2; // 4 mountain, 2 island, 6 ordinary in every 12
            int n = used[kind]++;
            String base = DEMO_COUNTY_NAMES[kind][n % DEMO_COUNTY_NAMES[kind].length];
            String name = n < DEMO_COUNTY_NAMES[kind].length ? base : base.charAt(0) + "" + (n + 1) + base.substring(1);
            String code = DEMO_CITIES[kind][0].substring(0, 4) + String.format("%02d", kind == 2 && n < 2 ? n + 2 : n + 21);
            Set<RegionTag> tags = EnumSet.noneOf(RegionTag.class);
            double level;
            double spread;
            int schools;
            if (kind == 0) {
                tags.add(RegionTag.MOUNTAIN);
                if (n % 2 == 0) {
                    tags.add(RegionTag.REVOLUTIONARY_BASE);
                }
                if (n == 1) {
                    tags.add(RegionTag.KEY_ASSISTANCE);
                }
                if (n == 3) {
                    tags.add(RegionTag.ETHNIC);
                }
                level = 0.88 + 0.05 * n;
                spread = n % 2 == 0 ? 0.42 : 0.22;
                schools = 60 + random.nextInt(60);
            } else if (kind == 1) {
                tags.add(RegionTag.ISLAND);
                level = 0.95 + 0.05 * n;
                spread = n == 0 ? 0.48 : 0.25;
                schools = 40 + random.nextInt(20);
            } else {
                // the first two ordinary counties are close to quality balance, the others further off
                level = n < 2 ? 1.32 - 0.06 * n : 1.0 + 0.04 * n;
                spread = n < 2 ? 0.08 + 0.03 * n : n % 3 == 0 ? 0.14 : n % 3 == 1 ? 0.26 : 0.40;
                schools = n < 2 ? 180 + random.nextInt(120) : 90 + random.nextInt(90);
            }
            double lon = 118.5 + (i % 4) * 0.9 + random.nextDouble() * 0.2;
            double lat = 27.5 + (i / 4) * 0.8 + random.nextDouble() * 0.2;
            counties.add(new CountyPlan(code, name, tags, schools, level, spread, lon, lat));
            regions.add(new String[] {code, name, String.join(";", tags.stream().map(RegionTag::key).toList())});
        }
        return new Layout(regions, counties);
    }

    /**
     * A synthetic country at full scale: the 31 mainland provinces with their real codes, and cities
     * and counties numbered within them, about 70 schools per county.
     */
    public static Layout national(int countyCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> provinces = ProvinceNames.mainlandCodes();
        List<String[]> regions = new ArrayList<>();
        List<CountyPlan> counties = new ArrayList<>();
        int perProvince = (countyCount + provinces.size() - 1) / provinces.size();
        int made = 0;
        for (int p = 0; p < provinces.size() && made < countyCount; p++) {
            String province = provinces.get(p) + "0000";
            regions.add(new String[] {province, ProvinceNames.of(new RegionCode(province)).orElseThrow(), ""});
            int inProvince = Math.min(perProvince, countyCount - made);
            int perCity = 12;
            for (int c = 0; c * perCity < inProvince; c++) {
                String city = provinces.get(p) + String.format("%02d", c + 1) + "00";
                regions.add(new String[] {city, "市" + city, ""});
                for (int k = 0; k < perCity && c * perCity + k < inProvince; k++) {
                    String code = city.substring(0, 4) + String.format("%02d", k + 1);
                    Set<RegionTag> tags = EnumSet.noneOf(RegionTag.class);
                    if (random.nextInt(4) == 0) {
                        tags.add(RegionTag.MOUNTAIN);
                    }
                    double level = 0.8 + random.nextDouble() * 0.5;
                    double spread = 0.1 + random.nextDouble() * 0.45;
                    int schools = 20 + random.nextInt(101);
                    double lon = 80 + p * 1.5 + random.nextDouble();
                    double lat = 22 + c * 0.8 + random.nextDouble();
                    counties.add(new CountyPlan(code, "县" + code, tags, schools, level, spread, lon, lat));
                    regions.add(new String[] {code, "县" + code, String.join(";", tags.stream().map(RegionTag::key).toList())});
                    made++;
                }
            }
        }
        return new Layout(regions, counties);
    }
}
