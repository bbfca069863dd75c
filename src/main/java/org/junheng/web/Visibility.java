package org.junheng.web;

import java.util.List;

import org.junheng.assessment.Assessment;
import org.junheng.assistance.Programme;
import org.junheng.importing.ImportType;
import org.junheng.registry.RegionCode;
import org.junheng.registry.RegionNode;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.security.CurrentUser;
import org.junheng.security.Scope;
import org.springframework.stereotype.Component;

/**
 * Applies the caller's scope to requests and answers: a region or school outside it does not
 * exist (404), and lists show only what lies within it.
 */
@Component
class Visibility {

    private final CurrentUser user;
    private final Registry registry;

    Visibility(CurrentUser user, Registry registry) {
        this.user = user;
        this.registry = registry;
    }

    Scope scope() {
        return user.scope();
    }

    /** The region a request may see; 404 when it asks for a region outside the caller's scope. */
    String region(String parameter, String requested) {
        if (requested != null && !RegionCode.isValid(requested)) {
            throw new BadParameterException(parameter, requested);
        }
        if (requested == null) {
            return scope().regionCode();
        }
        return scope().narrow(requested).orElseThrow(() -> new NotFoundException("region", requested));
    }

    /** The school, if the caller may see it; 404 otherwise, as for a school that does not exist. */
    School school(String code) {
        School school = registry.findSchool(code).orElseThrow(() -> new NotFoundException("school", code));
        if (!scope().coversSchool(school.code(), school.countyCode())) {
            throw new NotFoundException("school", code);
        }
        return school;
    }

    /**
     * The programme, if the caller may see it: it is owned by a region within the scope or one of its
     * schools lies within it (for a school account: its school takes part). 404 otherwise.
     */
    Programme programme(Programme programme, long id) {
        if (programme == null) {
            throw new NotFoundException("programme", String.valueOf(id));
        }
        Scope scope = scope();
        List<String> codes = programme.schools().stream().map(Programme.Participant::schoolCode).toList();
        boolean visible = scope.schoolCode() != null ? codes.contains(scope.schoolCode())
                : scope.coversRegion(programme.ownerRegion()) || registry.findSchools(codes).values().stream()
                        .anyMatch(s -> scope.coversRegion(s.countyCode()));
        if (!visible) {
            throw new NotFoundException("programme", String.valueOf(id));
        }
        return programme;
    }

    /** The school a school-scoped caller is limited to, or null. */
    String ownSchool() {
        return scope().schoolCode();
    }

    /**
     * Refuses school accounts (403) what only education bureaus see or do.
     *
     * @param what what is refused, e.g. "rotation is planned by education bureaus"
     */
    void bureausOnly(String what) {
        if (ownSchool() != null) {
            throw new org.springframework.security.access.AccessDeniedException(what);
        }
    }

    /** The region tree cut to the caller's scope: the path down to it and everything below it. */
    List<RegionNode> regionTree(List<RegionNode> tree) {
        if (scope().regionCode() == null) {
            return tree;
        }
        return tree.stream().filter(node -> related(node)).map(this::cut).toList();
    }

    private boolean related(RegionNode node) {
        return scope().coversRegion(node.code()) || Scope.EVERYTHING.equals(scope())
                || new Scope(node.code(), null).coversRegion(scope().regionCode());
    }

    private RegionNode cut(RegionNode node) {
        if (scope().coversRegion(node.code())) {
            return node;
        }
        return new RegionNode(node.code(), node.name(), node.level(), node.tags(),
                node.children().stream().filter(this::related).map(this::cut).toList());
    }

    /** An assessment without the school-stages, shortfalls and proposals of other schools, for a school-scoped caller. */
    Assessment assessment(Assessment assessment) {
        String own = ownSchool();
        if (own == null) {
            return assessment;
        }
        return new Assessment(assessment.year(), assessment.method(),
                assessment.counties().stream().map(c -> c.seenBy(own)).toList(),
                assessment.schools().stream().filter(s -> s.schoolCode().equals(own)).toList());
    }

    /** Whether the caller may import files of this type: a school account only its school's statistics and teachers. */
    boolean mayImport(ImportType type) {
        return ownSchool() == null || type == ImportType.SCHOOL_STATS || type == ImportType.TEACHERS;
    }
}
