package org.junheng.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junheng.registry.RegionLevel;
import org.junheng.registry.RegionNode;
import org.junheng.registry.Registry;
import org.junheng.registry.SchoolQuery;
import org.springframework.stereotype.Component;

/**
 * The province → county → school choice at the top of the region pages, cut to the caller's scope.
 * Where the scope leaves one choice (a county officer's one province and county) it is made already.
 */
@Component
public class RegionSwitcher {

    /** The most schools a county lists in the switcher. */
    private static final int MAX_SCHOOLS = 2000;

    private final Registry registry;
    private final Visibility visibility;

    RegionSwitcher(Registry registry, Visibility visibility) {
        this.registry = registry;
        this.visibility = visibility;
    }

    public record Choice(String code, String name) {
    }

    public record Switcher(List<Choice> provinces, String province, List<Choice> counties, String county, List<Choice> schools,
                    String school) {
    }

    public Switcher at(String province, String county, String school) {
        List<RegionNode> tree = visibility.regionTree(registry.regionTree());
        List<Choice> provinces = tree.stream().map(n -> new Choice(n.code(), n.name())).toList();
        if (province == null && provinces.size() == 1) {
            province = provinces.get(0).code();
        }
        String chosenProvince = province;
        List<Choice> counties = new ArrayList<>();
        tree.stream().filter(n -> n.code().equals(chosenProvince)).findFirst().ifPresent(n -> countiesBelow(n, counties));
        String asked = county;
        if (asked != null && counties.stream().noneMatch(c -> c.code().equals(asked))) {
            county = null;
        }
        if (county == null && counties.size() == 1) {
            county = counties.get(0).code();
        }
        List<Choice> schools = county == null ? List.of() : schoolsOf(county);
        String chosenSchool = schools.stream().anyMatch(s -> s.code().equals(school)) ? school
                : schools.size() == 1 && visibility.ownSchool() != null ? schools.get(0).code() : null;
        return new Switcher(provinces, province, counties, county, schools, chosenSchool);
    }

    private List<Choice> schoolsOf(String county) {
        return registry.findSchools(new SchoolQuery(county, null, null), 0,
                        MAX_SCHOOLS).content().stream()
                .filter(s -> visibility.ownSchool() == null || visibility.ownSchool().equals(s.code()))
                .map(s -> new Choice(s.code(), s.name())).toList();
    }

    /** Where the switcher's choice leads: the school, else the county, else the province page. */
    public static String target(String province, String county, String school) {
        if (present(school)) {
            return "/schools/" + school;
        }
        if (present(county)) {
            return "/counties/" + county;
        }
        return present(province) ? "/provinces/" + province : "/";
    }

    private static boolean present(String value) {
        return value != null && value.matches("\\d{6}|\\d{10}");
    }

    private static void countiesBelow(RegionNode node, List<Choice> counties) {
        if (node.level() == RegionLevel.COUNTY) {
            counties.add(new Choice(node.code(), node.name()));
        }
        node.children().stream().filter(Objects::nonNull).forEach(c -> countiesBelow(c, counties));
    }
}
