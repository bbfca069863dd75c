package org.junheng.assistance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junheng.assessment.RotationEligibility;
import org.junheng.assessment.RotationRecords;
import org.junheng.assessment.TeacherRotation;
import org.junheng.registry.PageOf;
import org.junheng.registry.Registry;
import org.junheng.registry.Teacher;
import org.springframework.stereotype.Component;

/**
 * Guarantee item 11 from the records: a county's rotation placements 交流轮岗 of a school year
 * (1 September to 31 August), each teacher counted once, against the teachers of its roster
 * eligible for exchange. A placement names its teacher by the roster's pseudonymous id; a teacher
 * the roster of the sending school does not know counts as rotated but not as backbone.
 */
@Component
class PlacementRotations implements RotationRecords {

    private static final int PAGE = 500;

    private final JdbcAssistanceRepository repository;
    private final Registry registry;

    PlacementRotations(JdbcAssistanceRepository repository, Registry registry) {
        this.repository = repository;
        this.registry = registry;
    }

    @Override
    public Map<String, TeacherRotation> rotations(String regionCode, int year) {
        Map<String, List<JdbcAssistanceRepository.Rotation>> byCounty = repository.findRotations(Assistance.prefix(regionCode),
                LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 8, 31)).stream()
                .collect(Collectors.groupingBy(JdbcAssistanceRepository.Rotation::county, TreeMap::new, Collectors.toList()));
        Map<String, TeacherRotation> rotations = new TreeMap<>();
        byCounty.forEach((county, placed) -> {
            Map<String, Teacher> roster = new HashMap<>();
            long eligible = eachTeacher(county, teacher -> {
                roster.put(teacher.teacherId(), teacher);
                return RotationEligibility.DEFAULT.eligible(teacher, year);
            });
            Set<String> rotated = placed.stream().map(JdbcAssistanceRepository.Rotation::person).collect(Collectors.toSet());
            long backbone = rotated.stream().map(roster::get).filter(t -> t != null && RotationEligibility.backbone(t)).count();
            rotations.put(county, new TeacherRotation(county, year, eligible, rotated.size(), backbone));
        });
        return rotations;
    }

    /** Walks a county's roster page by page; the number of teachers that pass the test. */
    private long eachTeacher(String county, Predicate<Teacher> test) {
        long passing = 0;
        for (int page = 0; ; page++) {
            PageOf<Teacher> teachers = registry.findTeachers(null, county, page, PAGE);
            passing += teachers.content().stream().filter(test).count();
            if (page + 1 >= teachers.totalPages()) {
                return passing;
            }
        }
    }
}
