package org.junheng.security;

import java.util.List;

import org.junheng.registry.RegionCode;
import org.junheng.registry.RegionNode;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.web.BadParameterException;
import org.junheng.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Applies the caller's scope to requests and answers: a region or school outside it does not
 * exist (404), and lists show only what lies within it.
 */
@Component
public class Visibility {

    private final CurrentUser user;
    private final Registry registry;

    Visibility(CurrentUser user, Registry registry) {
        this.user = user;
        this.registry = registry;
    }

    public Scope scope() {
        return user.scope();
    }

    /** The region a request may see; 404 when it asks for a region outside the caller's scope. */
    public String region(String parameter, String requested) {
        if (requested != null && !RegionCode.isValid(requested)) {
            throw new BadParameterException(parameter, requested);
        }
        if (requested == null) {
            return scope().regionCode();
        }
        return scope().narrow(requested).orElseThrow(() -> new NotFoundException("region", requested));
    }

    /** The school, if the caller may see it; 404 otherwise, as for a school that does not exist. */
    public School school(String code) {
        School school = registry.findSchool(code).orElseThrow(() -> new NotFoundException("school", code));
        if (!scope().coversSchool(school.code(), school.countyCode())) {
            throw new NotFoundException("school", code);
        }
        return school;
    }

    /**
     * Whether the caller sees a programme (or another record shared by schools): it is owned by a
     * region within the scope or one of its schools lies within it; a school account sees it when
     * its school takes part.
     */
    public boolean seesParticipation(String ownerRegion, List<String> schoolCodes) {
        Scope scope = scope();
        return scope.schoolCode() != null ? schoolCodes.contains(scope.schoolCode())
                : scope.coversRegion(ownerRegion) || registry.findSchools(schoolCodes).values().stream()
                        .anyMatch(s -> scope.coversRegion(s.countyCode()));
    }

    /** The school a school-scoped caller is limited to, or null. */
    public String ownSchool() {
        return scope().schoolCode();
    }

    /**
     * Refuses school accounts (403) what only education bureaus see or do.
     *
     * @param what what is refused, e.g. "rotation is planned by education bureaus"
     */
    public void bureausOnly(String what) {
        if (ownSchool() != null) {
            throw new org.springframework.security.access.AccessDeniedException(what);
        }
    }

    /** The region tree cut to the caller's scope: the path down to it and everything below it. */
    public List<RegionNode> regionTree(List<RegionNode> tree) {
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
}
