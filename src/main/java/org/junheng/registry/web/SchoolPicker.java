package org.junheng.registry.web;

import java.util.List;

import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolQuery;
import org.junheng.security.Visibility;
import org.junheng.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The options of a school picker as the person types: schools within their scope (and the region
 * the form names) whose name holds the text or whose code starts with it, by name.
 */
@PageController
class SchoolPicker {

    /** Enough to choose from while typing; a longer list means: type more. */
    private static final int OPTIONS = 30;

    private final Registry registry;
    private final Visibility visibility;

    SchoolPicker(Registry registry, Visibility visibility) {
        this.registry = registry;
        this.visibility = visibility;
    }

    @GetMapping("/picker/schools")
    String options(@RequestParam(required = false) String q, @RequestParam(required = false) String region, Model model) {
        List<School> schools = q == null || q.isBlank() ? List.of()
                : registry.findSchools(SchoolQuery.matching(visibility.region("region",
                        region == null || region.isBlank() ? null : region), q), 0, OPTIONS).content();
        List<School> visible = schools.stream().filter(s -> visibility.scope().coversSchool(s.code(), s.countyCode())).toList();
        model.addAttribute("schoolOptions", visible);
        model.addAttribute("optionValues", registry.pickerNames(region == null || region.isBlank() ? null : region, visible));
        return "fragments :: schoolOptions";
    }
}
