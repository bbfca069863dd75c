package org.junheng.assistance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.junheng.assistance.Assistance;
import org.junheng.assistance.MentorPair;
import org.junheng.assistance.OutcomeLevel;
import org.junheng.assistance.RelationKind;
import org.junheng.assistance.SchoolRelation;
import org.junheng.assistance.SchoolRelations;
import org.junheng.assistance.SeniorTitleCheck;
import org.junheng.assistance.Studio;
import org.junheng.assistance.StudioKind;
import org.junheng.assistance.Studios;
import org.junheng.assistance.TeacherDevelopment;
import org.junheng.assistance.TrainingRecord;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.security.Visibility;
import org.junheng.security.WriteScope;
import org.junheng.web.Choices;
import org.junheng.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Studios 名师工作室, entrusted management and friendship schools, teachers' training records and
 * mentor pairs, and the check of rural service before a senior title: records of schools and
 * teachers, within or outside programmes.
 */
@RestController
@RequestMapping("/api/v1")
class DevelopmentController {

    private final Studios studios;
    private final SchoolRelations relations;
    private final TeacherDevelopment development;
    private final Assistance assistance;
    private final Registry registry;
    private final Visibility visibility;
    private final WriteScope writes;

    DevelopmentController(Studios studios, SchoolRelations relations, TeacherDevelopment development, Assistance assistance,
                          Registry registry, Visibility visibility, WriteScope writes) {
        this.studios = studios;
        this.relations = relations;
        this.development = development;
        this.assistance = assistance;
        this.registry = registry;
        this.visibility = visibility;
        this.writes = writes;
    }

    record NewStudio(String name, String kind, String level, String schoolCode, String leader, boolean movedDown,
                     Long programmeId, LocalDate setUpOn) {
    }

    record NewTraining(String teacherId, String course, String provider, BigDecimal hours, LocalDate completedOn) {
    }

    record NewMentorPair(String mentor, String mentee, Long programmeId, LocalDate pairedOn) {
    }

    record NewRelation(String kind, String schoolCode, String partnerSchool, Long partnerOrganisation, Long programmeId,
                       LocalDate startDate, LocalDate endDate) {
    }

    @PostMapping("/school-relations")
    ResponseEntity<SchoolRelation> relate(@RequestBody NewRelation body) {
        writes.school("schoolCode", body.schoolCode());
        if (body.programmeId() != null) {
            ProgrammeAccess.visible(visibility, assistance.programme(body.programmeId()).orElse(null), body.programmeId());
        }
        SchoolRelation related = relations.relate(new SchoolRelation(0, Choices.parse(RelationKind.class, "kind", body.kind()),
                body.schoolCode(), body.partnerSchool(), body.partnerOrganisation(), body.programmeId(), body.startDate(),
                body.endDate()));
        return ResponseEntity.created(URI.create("/api/v1/school-relations?region="
                + registry.findSchool(related.schoolCode()).map(School::countyCode).orElse(""))).body(related);
    }

    /** Relations with a school of the region on either side (for a school account: with its school). */
    @GetMapping("/school-relations")
    List<SchoolRelation> relations(@RequestParam(required = false) String region) {
        String ownSchool = visibility.ownSchool();
        return relations.relations(visibility.region("region", region)).stream()
                .filter(r -> ownSchool == null || ownSchool.equals(r.schoolCode()) || ownSchool.equals(r.partnerSchool()))
                .toList();
    }

    @PostMapping("/studios")
    ResponseEntity<Studio> setUp(@RequestBody NewStudio body) {
        writes.school("schoolCode", body.schoolCode());
        if (body.programmeId() != null) {
            ProgrammeAccess.visible(visibility, assistance.programme(body.programmeId()).orElse(null), body.programmeId());
        }
        Studio created = studios.setUp(new Studio(0, body.name(), Choices.parse(StudioKind.class, "kind", body.kind()),
                Choices.parse(OutcomeLevel.class, "level", body.level()), body.schoolCode(), body.leader(), body.movedDown(),
                body.programmeId(), body.setUpOn(), 0));
        return ResponseEntity.created(URI.create("/api/v1/studios/" + created.id())).body(created);
    }

    @GetMapping("/studios/{id}")
    Studio studio(@PathVariable long id) {
        Studio studio = studios.studio(id).orElseThrow(() -> new NotFoundException("studio", String.valueOf(id)));
        try {
            visibility.school(studio.schoolCode());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("studio", String.valueOf(id));
        }
        return studio;
    }

    @GetMapping("/studios")
    List<Studio> studios(@RequestParam(required = false) String region) {
        String ownSchool = visibility.ownSchool();
        return studios.studios(visibility.region("region", region)).stream()
                .filter(s -> ownSchool == null || ownSchool.equals(s.schoolCode())).toList();
    }

    @PostMapping("/training-records")
    ResponseEntity<TrainingRecord> recordTraining(@RequestBody NewTraining body) {
        writes.teacher("teacherId", body.teacherId());
        TrainingRecord recorded = development.recordTraining(new TrainingRecord(0, body.teacherId(), body.course(),
                body.provider(), body.hours(), body.completedOn()));
        return ResponseEntity.created(URI.create("/api/v1/training-records?teacher=" + recorded.teacherId())).body(recorded);
    }

    @GetMapping("/training-records")
    List<TrainingRecord> training(@RequestParam String teacher) {
        String school = registry.schoolsOfTeachers(List.of(teacher)).get(teacher);
        if (school == null) {
            throw new NotFoundException("teacher", teacher);
        }
        visibility.school(school);
        return development.training(teacher);
    }

    @PostMapping("/mentor-pairs")
    ResponseEntity<MentorPair> pair(@RequestBody NewMentorPair body) {
        writes.teacher("mentee", body.mentee());
        if (body.programmeId() != null) {
            ProgrammeAccess.visible(visibility, assistance.programme(body.programmeId()).orElse(null), body.programmeId());
        }
        MentorPair paired = development.pair(new MentorPair(0, body.mentor(), body.mentee(), body.programmeId(),
                body.pairedOn()));
        return ResponseEntity.created(URI.create("/api/v1/mentor-pairs?region=" + registry.findSchool(
                registry.schoolsOfTeachers(List.of(paired.mentee())).get(paired.mentee())).map(School::countyCode).orElse("")))
                .body(paired);
    }

    @GetMapping("/mentor-pairs")
    List<MentorPair> mentorPairs(@RequestParam(required = false) String region) {
        String ownSchool = visibility.ownSchool();
        List<MentorPair> pairs = development.mentorPairs(visibility.region("region", region));
        if (ownSchool == null) {
            return pairs;
        }
        java.util.Map<String, String> schools = registry.schoolsOfTeachers(pairs.stream().map(MentorPair::mentee).toList());
        return pairs.stream().filter(p -> ownSchool.equals(schools.get(p.mentee()))).toList();
    }

    /** The teachers of a county seeking a senior title, with their rural service as of a day (today if not given). */
    @GetMapping("/senior-title-checks")
    List<SeniorTitleCheck> seniorTitleChecks(@RequestParam String county,
                                             @RequestParam(required = false) LocalDate asOf) {
        String region = visibility.region("county", county);
        String ownSchool = visibility.ownSchool();
        return development.seniorTitleChecks(region, asOf == null ? LocalDate.now() : asOf).stream()
                .filter(c -> ownSchool == null || ownSchool.equals(c.schoolCode())).toList();
    }
}
