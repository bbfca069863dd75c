package org.junheng.registry.web;

import java.util.List;

import org.junheng.registry.CertificateCheck;
import org.junheng.registry.CountyFacts;
import org.junheng.registry.Labelled;
import org.junheng.registry.LocationClass;
import org.junheng.registry.PageOf;
import org.junheng.registry.RegionLevel;
import org.junheng.registry.RegionNode;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolQuery;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolType;
import org.junheng.registry.Teacher;
import org.junheng.security.Visibility;
import org.junheng.security.WriteScope;
import org.junheng.web.BadParameterException;
import org.junheng.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Regions, schools and teachers of the registry. */
@RestController
@RequestMapping("/api/v1")
class RegistryController {

    private final Registry registry;
    private final Visibility visibility;
    private final WriteScope writes;

    RegistryController(Registry registry, Visibility visibility, WriteScope writes) {
        this.registry = registry;
        this.visibility = visibility;
        this.writes = writes;
    }

    record NewCounty(String county) {
    }

    /**
     * Moves a school to another county with its statistics and roster — never done by an import —
     * by an administrator over both counties; on the audit trail of both.
     */
    @PostMapping("/schools/{code}/county")
    SchoolDetail move(@PathVariable String code, @RequestBody NewCounty body) {
        School school = visibility.school(code);
        writes.moveSchool(school, body.county());
        if (registry.findRegion(body.county()).filter(r -> r.level() == RegionLevel.COUNTY).isEmpty()) {
            throw new BadParameterException("county", body.county());
        }
        return new SchoolDetail(registry.moveSchool(code, body.county()), registry.statisticsOf(code));
    }

    @GetMapping("/regions")
    List<RegionNode> regions() {
        return visibility.regionTree(registry.regionTree());
    }

    @GetMapping("/schools")
    PageOf<School> schools(@RequestParam(required = false) String county,
                           @RequestParam(required = false) String type,
                           @RequestParam(required = false) String location,
                           @RequestParam(required = false) String q,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        SchoolQuery query = new SchoolQuery(visibility.region("county", county),
                type == null ? null : Labelled.parse(SchoolType.class, type)
                        .orElseThrow(() -> new BadParameterException("type", type)),
                location == null ? null : Labelled.parse(LocationClass.class, location)
                        .orElseThrow(() -> new BadParameterException("location", location)),
                visibility.ownSchool(), q == null || q.isBlank() ? null : q.strip());
        return registry.findSchools(query, page, size);
    }

    /** A school with all its years of statistics. */
    record SchoolDetail(School school, List<SchoolStatistics> statistics) {
    }

    @GetMapping("/schools/{code}")
    SchoolDetail school(@PathVariable String code) {
        School school = visibility.school(code);
        return new SchoolDetail(school, registry.statisticsOf(code));
    }

    @GetMapping("/teachers")
    PageOf<Teacher> teachers(@RequestParam(required = false) String school,
                             @RequestParam(required = false) String region,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        String schoolCode = school != null ? visibility.school(school).code() : visibility.ownSchool();
        return registry.findTeachers(schoolCode, visibility.region("region", region), page, size);
    }

    /** What the counties of a region reported for a year beyond their statistics (county-facts imports). */
    /** Guarantee item 12 checked teacher by teacher: each school's reported certified teachers against its roster. */
    @GetMapping("/certificate-checks")
    List<CertificateCheck> certificateChecks(@RequestParam String county, @RequestParam int year) {
        String ownSchool = visibility.ownSchool();
        return registry.certificateChecks(visibility.region("county", county), year).stream()
                .filter(c -> ownSchool == null || ownSchool.equals(c.schoolCode())).toList();
    }

    @GetMapping("/county-facts")
    List<CountyFacts> countyFacts(@RequestParam(required = false) String county, @RequestParam int year) {
        return List.copyOf(registry.countyFacts(visibility.region("county", county), year).values());
    }
}
