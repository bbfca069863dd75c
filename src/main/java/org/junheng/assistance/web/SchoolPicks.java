package org.junheng.assistance.web;

import java.util.List;

import org.junheng.assistance.AssistanceRejected;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.springframework.stereotype.Component;

/** The school a form means by what was typed into its school picker: a name, or a code. */
@Component
class SchoolPicks {

    private final Registry registry;

    SchoolPicks(Registry registry) {
        this.registry = registry;
    }

    /**
     * The one school of the region (all regions when null) with this code or name.
     *
     * @throws AssistanceRejected naming the field when none or several are so named
     */
    School school(String field, String region, String typed) {
        List<School> named = registry.schoolsNamed(region, typed);
        if (named.isEmpty()) {
            throw AssistanceRejected.noSchoolNamed(field, typed);
        }
        if (named.size() > 1) {
            throw AssistanceRejected.severalSchoolsNamed(field, typed, named.stream().map(School::code).toList());
        }
        return named.get(0);
    }

    /** The code of the school typed, or null when nothing was typed. */
    String codeOrNull(String field, String region, String typed) {
        return typed == null || typed.isBlank() ? null : school(field, region, typed).code();
    }
}
