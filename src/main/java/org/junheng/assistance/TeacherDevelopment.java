package org.junheng.assistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junheng.registry.LocationClass;
import org.junheng.registry.PageOf;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.Teacher;
import org.junheng.security.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that accumulate per teacher of the roster: training class hours (guarantee item 9), mentor
 * pairs 师徒结对, and rural service toward a senior title. Audited.
 */
@Service
public class TeacherDevelopment {

    /** The rural service a teacher of an urban or town school needs before a senior title (seed 003), in days. */
    static final long RURAL_DAYS_FOR_SENIOR_TITLE = 365;
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(1000);
    private static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365);
    private static final int PAGE = 500;

    private final JdbcDevelopmentRepository repository;
    private final JdbcAssistanceRepository programmes;
    private final Registry registry;
    private final AuditTrail audit;

    TeacherDevelopment(JdbcDevelopmentRepository repository, JdbcAssistanceRepository programmes, Registry registry,
                       AuditTrail audit) {
        this.repository = repository;
        this.programmes = programmes;
        this.registry = registry;
        this.audit = audit;
    }

    /** @throws AssistanceRejected naming the field at fault; nothing is stored */
    @Transactional
    public TrainingRecord recordTraining(TrainingRecord draft) {
        String county = check(draft);
        long id = repository.insertTraining(draft);
        TrainingRecord recorded = new TrainingRecord(id, draft.teacherId(), draft.course(), draft.provider(), draft.hours(),
                draft.completedOn());
        audit.record("create", "training_record", String.valueOf(id), county, null, recorded);
        return recorded;
    }

    /**
     * Checks a training record as {@link #recordTraining} would, without storing it.
     *
     * @return the county of the teacher's school
     * @throws AssistanceRejected naming the field at fault
     */
    public String check(TrainingRecord draft) {
        String county = countyOfTeacher("teacherId", draft.teacherId());
        if (draft.course() == null || draft.course().isBlank() || draft.course().length() > 200) {
            throw new AssistanceRejected("course", "a_course_of_at_most_characters_is_required");
        }
        if (draft.provider() != null && draft.provider().length() > 200) {
            throw new AssistanceRejected("provider", "at_most_characters_2");
        }
        if (draft.hours() == null || draft.hours().signum() <= 0 || draft.hours().compareTo(MAX_HOURS) > 0
                || draft.hours().stripTrailingZeros().scale() > 1) {
            throw new AssistanceRejected("hours", "class_hours_above_and_at_most_to_one");
        }
        if (draft.completedOn() == null) {
            throw new AssistanceRejected("completedOn", "required");
        }
        return county;
    }

    public List<TrainingRecord> training(String teacherId) {
        return repository.findTraining(teacherId);
    }

    /** @throws AssistanceRejected naming the field at fault; nothing is stored */
    @Transactional
    public MentorPair pair(MentorPair draft) {
        String county = check(draft);
        long id = repository.insertMentorPair(draft);
        MentorPair paired = new MentorPair(id, draft.mentor(), draft.mentee(), draft.programmeId(), draft.pairedOn());
        audit.record("create", "mentor_pair", String.valueOf(id), county, null, paired);
        return paired;
    }

    /**
     * Checks a mentor pair as {@link #pair} would, without storing it.
     *
     * @return the county of the mentee's school
     */
    public String check(MentorPair draft) {
        countyOfTeacher("mentor", draft.mentor());
        String county = countyOfTeacher("mentee", draft.mentee());
        if (draft.mentor().equals(draft.mentee())) {
            throw new AssistanceRejected("mentee", "a_teacher_cannot_be_their_own_mentor");
        }
        if (draft.programmeId() != null && programmes.findProgramme(draft.programmeId()).isEmpty()) {
            throw new AssistanceRejected("programmeId", "no_programme", draft.programmeId());
        }
        if (draft.pairedOn() == null) {
            throw new AssistanceRejected("pairedOn", "required");
        }
        return county;
    }

    /** Mentor pairs whose mentee teaches in a region (a code, or null for all). */
    public List<MentorPair> mentorPairs(String regionCode) {
        return repository.findMentoring(Assistance.prefix(regionCode)).stream().map(JdbcDevelopmentRepository.Mentoring::pair)
                .toList();
    }

    private String countyOfTeacher(String field, String teacherId) {
        if (teacherId == null || teacherId.isBlank()) {
            throw new AssistanceRejected(field, "a_teacher_id_of_the_roster_is_required");
        }
        String school = registry.schoolsOfTeachers(List.of(teacherId)).get(teacherId);
        if (school == null) {
            throw new AssistanceRejected(field, "teacher_is_not_on_the_roster", teacherId);
        }
        return registry.findSchool(school).map(School::countyCode).orElseThrow();
    }

    /**
     * The teachers of a county's urban and town schools seeking a senior title, each with their rural
     * service as of a day: the roster's rural years plus the time served until then in placements at
     * rural schools. Those under 1 year do not meet the rule.
     */
    public List<SeniorTitleCheck> seniorTitleChecks(String countyCode, LocalDate asOf) {
        List<Teacher> seeking = new ArrayList<>();
        Map<String, School> schools = new HashMap<>();
        for (int page = 0; ; page++) {
            PageOf<Teacher> teachers = registry.findTeachers(null, countyCode, page, PAGE);
            teachers.content().stream().filter(Teacher::seekingSeniorTitle).forEach(seeking::add);
            if (page + 1 >= teachers.totalPages()) {
                break;
            }
        }
        schools.putAll(registry.findSchools(seeking.stream().map(Teacher::schoolCode).distinct().toList()));
        seeking.removeIf(t -> schools.get(t.schoolCode()) == null || schools.get(t.schoolCode()).location() == LocationClass.RURAL);
        Map<String, Long> days = new HashMap<>();
        for (JdbcDevelopmentRepository.RuralPlacement p : repository.findRuralPlacements(
                seeking.stream().map(Teacher::teacherId).toList())) {
            if (!p.startDate().isAfter(asOf)) {
                LocalDate end = p.endDate().isAfter(asOf) ? asOf : p.endDate();
                days.merge(p.person(), ChronoUnit.DAYS.between(p.startDate(), end) + 1, Long::sum);
            }
        }
        List<SeniorTitleCheck> checks = new ArrayList<>();
        for (Teacher t : seeking) {
            long served = days.getOrDefault(t.teacherId(), 0L);
            long ruralDays = served + 365L * t.ruralYears();
            checks.add(new SeniorTitleCheck(t.teacherId(), t.schoolCode(), schools.get(t.schoolCode()).name(), t.ruralYears(),
                    years(served), years(ruralDays), ruralDays >= RURAL_DAYS_FOR_SENIOR_TITLE));
        }
        return checks;
    }

    /** Days as years of 365 days, cut to one decimal (364 days is 0.9 years, not 1.0). */
    private static BigDecimal years(long days) {
        return BigDecimal.valueOf(days).divide(DAYS_A_YEAR, 1, RoundingMode.DOWN);
    }
}
