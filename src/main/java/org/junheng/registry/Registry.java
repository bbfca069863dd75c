package org.junheng.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's public API: regions, schools, their yearly statistics and teachers. Writes join
 * the caller's transaction, so an import can store a whole file or nothing.
 */
@Service
public class Registry {

    /** A school written as a picker writes one whose name another school shares: 名称（2990121009）. */
    private static final java.util.regex.Pattern NAME_WITH_CODE = java.util.regex.Pattern.compile("(.+)[（(](\\d{10})[）)]");

    private final JdbcRegistryRepository repository;
    private final ApplicationEventPublisher events;

    Registry(JdbcRegistryRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @Transactional
    public void saveRegion(Region region) {
        RegionCode code = new RegionCode(region.code());
        ensureAncestors(code, knownWithAncestors(List.of(code)));
        repository.saveRegion(region, true);
    }

    /**
     * Makes sure a county exists under the given name, creating its province and city when they are
     * unknown (named by their code until a {@code regions} import names them). Tags are kept.
     */
    @Transactional
    public void ensureCounty(RegionCode county, String name) {
        ensureCounties(Map.of(county, name));
    }

    /** {@link #ensureCounty} for several counties, with their regions read in one query (an import names thousands). */
    @Transactional
    public void ensureCounties(Map<RegionCode, String> counties) {
        Map<String, String> known = knownWithAncestors(counties.keySet());
        counties.forEach((county, name) -> {
            ensureAncestors(county, known);
            if (!name.equals(known.get(county.value()))) {
                repository.saveRegion(Region.of(county, name, Set.of()), false);
                known.put(county.value(), name);
            }
        });
    }

    /** The names of the regions among {@code codes} and all their ancestors, by code. */
    private Map<String, String> knownWithAncestors(Collection<RegionCode> codes) {
        Set<String> wanted = new HashSet<>();
        for (RegionCode code : codes) {
            for (Optional<RegionCode> region = Optional.of(code); region.isPresent(); region = region.get().parent()) {
                wanted.add(region.get().value());
            }
        }
        return repository.regionNames(wanted);
    }

    /** Creates the ancestors of {@code code} not {@code known} (named by their code, or their province's name). */
    private void ensureAncestors(RegionCode code, Map<String, String> known) {
        Optional<RegionCode> parent = code.parent();
        if (parent.isPresent() && !known.containsKey(parent.get().value())) {
            ensureAncestors(parent.get(), known);
            String name = ProvinceNames.of(parent.get()).orElse(parent.get().value());
            repository.saveRegion(Region.of(parent.get(), name, Set.of()), false);
            known.put(parent.get().value(), name);
        }
    }

    public Optional<Region> findRegion(String code) {
        return repository.findRegion(code);
    }

    /** All regions as a forest of provinces. */
    public List<RegionNode> regionTree() {
        List<Region> regions = repository.findAllRegions();
        Map<String, List<Region>> byParent = new HashMap<>();
        List<Region> roots = new ArrayList<>();
        for (Region r : regions) {
            if (r.parentCode() == null) {
                roots.add(r);
            } else {
                byParent.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
            }
        }
        return roots.stream().map(r -> node(r, byParent)).toList();
    }

    private RegionNode node(Region region, Map<String, List<Region>> byParent) {
        List<RegionNode> children = byParent.getOrDefault(region.code(), List.of()).stream()
                .map(c -> node(c, byParent)).toList();
        return new RegionNode(region.code(), region.name(), region.level(), region.tags(), children);
    }

    /**
     * Stores schools and replaces their statistics for the years given. Counties must exist. Schools not yet
     * registered are inserted with their statistics (they have none to replace); registered ones are updated
     * where they differ.
     */
    @Transactional
    public void saveSchoolYears(List<SchoolYear> schoolYears) {
        Map<String, School> schools = new HashMap<>();
        schoolYears.forEach(sy -> schools.put(sy.school().code(), sy.school()));
        Map<String, School> registered = repository.findSchoolsByCode(schools.keySet());
        Map<Boolean, List<School>> known = schools.values().stream()
                .collect(Collectors.partitioningBy(school -> registered.containsKey(school.code())));
        repository.saveSchools(known.get(true).stream().filter(school -> !school.equals(registered.get(school.code()))).toList());
        repository.insertSchools(known.get(false));
        Map<Boolean, List<SchoolStatistics>> statistics = schoolYears.stream().map(SchoolYear::statistics)
                .collect(Collectors.partitioningBy(s -> registered.containsKey(s.schoolCode())));
        repository.replaceStatistics(statistics.get(true));
        repository.insertStatistics(statistics.get(false));
    }

    /** Whether the database is PostgreSQL (otherwise the embedded H2). */
    public boolean onPostgreSql() {
        return repository.onPostgreSql();
    }

    /**
     * In an import's transaction: stores schools and replaces their statistics, or — where the database takes
     * rows in bulk — holds them for {@link #storeStagedSchoolYears()}, which the import calls after its last batch
     * (where a school comes more than once, its last row gives its name, type and place).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void stageSchoolYears(List<SchoolYear> schoolYears) {
        if (repository.onPostgreSql()) {
            repository.stageSchoolYears(schoolYears.stream().map(SchoolYear::school).toList(),
                    schoolYears.stream().map(SchoolYear::statistics).toList());
        } else {
            saveSchoolYears(schoolYears);
        }
    }

    /** Stores what {@link #stageSchoolYears} holds, in the same transaction. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void storeStagedSchoolYears() {
        if (repository.onPostgreSql()) {
            repository.storeStagedSchoolYears();
        }
    }

    /** The registered schools among these codes, by code. */
    public Map<String, School> findSchools(Collection<String> schoolCodes) {
        return repository.findSchoolsByCode(schoolCodes);
    }

    public long countSchools() {
        return repository.countSchools();
    }

    public PageOf<School> findSchools(SchoolQuery query, int page, int size) {
        return repository.findSchools(query, page, size);
    }

    /**
     * The schools of a region (every region when null) that a person picking one by what they typed
     * means: the school with that code, or those with exactly that name — more than one when a name
     * is shared, none when nothing matches.
     */
    public List<School> schoolsNamed(String regionCode, String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return List.of();
        }
        java.util.regex.Matcher withCode = NAME_WITH_CODE.matcher(nameOrCode.strip());
        if (withCode.matches()) {
            return repository.findSchoolsNamed(regionCode, withCode.group(2)).stream()
                    .filter(school -> school.name().equals(withCode.group(1).strip())).toList();
        }
        return repository.findSchoolsNamed(regionCode, nameOrCode.strip());
    }

    /** How a picker writes a school: its name, with its code when another school of the region has the same name. */
    public List<String> pickerNames(String regionCode, List<School> schools) {
        Set<String> shared = repository.sharedSchoolNames(regionCode, schools.stream().map(School::name).distinct().toList());
        return schools.stream().map(school -> shared.contains(school.name()) ? school.name() + "（" + school.code() + "）"
                : school.name()).toList();
    }

    public Optional<School> findSchool(String code) {
        return repository.findSchool(code);
    }

    public List<SchoolStatistics> statisticsOf(String schoolCode) {
        return repository.findStatistics(schoolCode);
    }

    /** Every school of a region (and below) with its statistics of the year, county by county, each in school code order. */
    public List<SchoolYear> schoolYears(String regionCode, int year) {
        return repository.findSchoolYears(regionCode, year);
    }

    /** The names of the counties of a region (and below), by code. */
    public Map<String, String> countyNames(String regionCode) {
        return repository.findCountyNames(regionCode);
    }

    /** The years for which statistics are stored, latest first. */
    public List<Integer> statisticsYears() {
        return repository.findStatisticsYears();
    }

    /** Replaces what is known of these counties in these years. */
    @Transactional
    public void saveCountyFacts(List<CountyFacts> facts) {
        repository.replaceCountyFacts(facts);
    }

    /** The facts of the counties of a region (and below) in a year, by county code. */
    public Map<String, CountyFacts> countyFacts(String regionCode, int year) {
        return repository.findCountyFacts(regionCode, year);
    }

    /** Removes the current roster of these schools, before a roster import stores the new one. */
    @Transactional
    public void clearTeachersOf(Collection<String> schoolCodes) {
        repository.deleteTeachersOfSchools(schoolCodes);
    }

    @Transactional
    public void saveTeachers(List<Teacher> teachers) {
        repository.saveTeachers(teachers);
    }

    /** The school each of these teachers is registered at, by teacher id (unknown ids are absent). */
    public Map<String, String> schoolsOfTeachers(Collection<String> teacherIds) {
        return repository.findSchoolsOfTeachers(teacherIds);
    }

    /**
     * Moves a school to another county, with its statistics and roster (the county must exist): an
     * administrator's action of its own, never a side effect of an import.
     */
    @Transactional
    public School moveSchool(String schoolCode, String toCounty) {
        School school = findSchool(schoolCode).orElseThrow(() -> new IllegalArgumentException("no school " + schoolCode));
        if (findRegion(toCounty).filter(r -> r.level() == RegionLevel.COUNTY).isEmpty()) {
            throw new IllegalArgumentException("no county " + toCounty);
        }
        repository.saveSchools(List.of(new School(school.code(), school.name(), school.type(), school.location(), toCounty,
                school.longitude(), school.latitude())));
        School moved = findSchool(schoolCode).orElseThrow();
        events.publishEvent(new SchoolMoved(school, moved));
        return moved;
    }

    /**
     * Each school of a county with statistics for the year and a roster: its reported count of
     * certified teachers against the roster's teachers, certified or not as the roster says.
     */
    public List<CertificateCheck> certificateChecks(String countyCode, int year) {
        Map<String, SchoolYear> reported = new java.util.TreeMap<>();
        schoolYears(countyCode, year).forEach(row -> reported.put(row.school().code(), row));
        Map<String, long[]> roster = new java.util.HashMap<>();
        for (int page = 0; ; page++) {
            PageOf<Teacher> teachers = findTeachers(null, countyCode, page, 1000);
            for (Teacher t : teachers.content()) {
                // teachers, certified, not said
                long[] counts = roster.computeIfAbsent(t.schoolCode(), s -> new long[3]);
                counts[0]++;
                if (t.certified() == null) {
                    counts[2]++;
                } else if (t.certified()) {
                    counts[1]++;
                }
            }
            if (page + 1 >= teachers.totalPages()) {
                break;
            }
        }
        List<CertificateCheck> checks = new java.util.ArrayList<>();
        reported.forEach((code, row) -> {
            long[] counts = roster.get(code);
            if (counts != null) {
                checks.add(new CertificateCheck(code, row.school().name(), row.statistics().facilities().certifiedTeachers(),
                        counts[0], counts[1], counts[2]));
            }
        });
        return checks;
    }

    public PageOf<Teacher> findTeachers(String schoolCode, String regionCode, int page, int size) {
        return repository.findTeachers(schoolCode, regionCode, page, size);
    }
}
