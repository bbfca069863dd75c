package org.junheng.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.junheng.assistance.Activity;
import org.junheng.assistance.ActivityKind;
import org.junheng.assistance.Assistance;
import org.junheng.assistance.CommunityType;
import org.junheng.assistance.Need;
import org.junheng.assistance.NeedState;
import org.junheng.assistance.Placement;
import org.junheng.assistance.PlacementKind;
import org.junheng.assistance.Programme;
import org.junheng.assistance.ProgrammeKind;
import org.junheng.assistance.ProgrammeSummary;
import org.junheng.assistance.SchoolRole;
import org.junheng.registry.Labelled;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Assistance programmes, their needs and placements, and their summary figures, within the caller's scope. */
@RestController
@RequestMapping("/api/v1")
class ProgrammeController {

    private final Assistance assistance;
    private final Visibility visibility;

    ProgrammeController(Assistance assistance, Visibility visibility) {
        this.assistance = assistance;
        this.visibility = visibility;
    }

    record NewParticipant(String schoolCode, String role) {
    }

    record NewProgramme(String kind, String name, String ownerRegion, String communityType, LocalDate startDate,
                        LocalDate endDate, String goals, String measures, List<NewParticipant> schools) {
    }

    record NewNeed(long programmeId, String schoolCode, String subject, String category, String description,
                   LocalDate raisedOn) {
    }

    record NeedMove(String state, int version) {
    }

    record NewPlacement(long programmeId, String kind, String person, String fromSchool, String toSchool,
                        LocalDate startDate, LocalDate endDate, int batch) {
    }

    record NewActivity(long programmeId, String kind, LocalDate heldOn, String schoolCode, String place, int experts,
                       int teachersReached, int studentsReached, BigDecimal hours, String notes, Integer rating,
                       String feedback) {
    }

    @GetMapping("/programmes")
    List<Programme> programmes(@RequestParam(required = false) String region) {
        return assistance.programmes(visibility.region("region", region), visibility.ownSchool());
    }

    @PostMapping("/programmes")
    ResponseEntity<Programme> create(@RequestBody NewProgramme body) {
        if (visibility.ownSchool() != null) {
            throw new AccessDeniedException("programmes are set up by education bureaus");
        }
        String owner = visibility.region("ownerRegion", body.ownerRegion());
        List<Programme.Participant> schools = body.schools() == null ? List.of() : body.schools().stream()
                .map(s -> new Programme.Participant(s.schoolCode(), parse(SchoolRole.class, "schools", s.role()))).toList();
        Programme created = assistance.createProgramme(new Programme(0, parse(ProgrammeKind.class, "kind", body.kind()),
                body.name(), owner, body.communityType() == null ? null : parse(CommunityType.class, "communityType",
                body.communityType()), body.startDate(), body.endDate(), body.goals(), body.measures(), schools, 0));
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id())).body(created);
    }

    @GetMapping("/programmes/{id}")
    Programme programme(@PathVariable long id) {
        return visibility.programme(assistance.programme(id).orElse(null), id);
    }

    @GetMapping("/programmes/{id}/summary")
    ProgrammeSummary summary(@PathVariable long id) {
        return assistance.summary(programme(id).id());
    }

    /** The figures of every programme of a region within the caller's scope, for a period (either bound optional). */
    @GetMapping("/summary")
    ProgrammeSummary regionSummary(@RequestParam(required = false) String region,
                                   @RequestParam(required = false) LocalDate from,
                                   @RequestParam(required = false) LocalDate to) {
        if (visibility.ownSchool() != null) {
            throw new AccessDeniedException("summaries are for education bureaus");
        }
        return assistance.regionSummary(visibility.region("region", region), from, to);
    }

    @GetMapping("/programmes/{id}/needs")
    List<Need> needs(@PathVariable long id) {
        return assistance.needs(programme(id).id());
    }

    @GetMapping("/programmes/{id}/placements")
    List<Placement> placements(@PathVariable long id) {
        return assistance.placements(programme(id).id());
    }

    @GetMapping("/programmes/{id}/activities")
    List<Activity> activities(@PathVariable long id) {
        return assistance.activities(programme(id).id());
    }

    @PostMapping("/activities")
    ResponseEntity<Activity> record(@RequestBody NewActivity body) {
        programme(body.programmeId());
        Activity recorded = assistance.record(new Activity(0, body.programmeId(), parse(ActivityKind.class, "kind",
                body.kind()), body.heldOn(), body.schoolCode(), body.place(), body.experts(), body.teachersReached(),
                body.studentsReached(), body.hours(), body.notes(), body.rating(), body.feedback()));
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + body.programmeId() + "/activities")).body(recorded);
    }

    @PostMapping("/needs")
    ResponseEntity<Need> raise(@RequestBody NewNeed body) {
        programme(body.programmeId());
        visibility.school(body.schoolCode());
        Need need = assistance.raiseNeed(body.programmeId(), body.schoolCode(), body.subject(), body.category(),
                body.description(), body.raisedOn());
        return ResponseEntity.created(URI.create("/api/v1/needs/" + need.id())).body(need);
    }

    @PostMapping("/needs/{id}/state")
    Need move(@PathVariable long id, @RequestBody NeedMove body) {
        Need need = assistance.need(id).orElseThrow(() -> new NotFoundException("need", String.valueOf(id)));
        programme(need.programmeId());
        visibility.school(need.schoolCode());
        return assistance.moveNeed(id, parse(NeedState.class, "state", body.state()), body.version());
    }

    @PostMapping("/placements")
    ResponseEntity<Placement> place(@RequestBody NewPlacement body) {
        programme(body.programmeId());
        Placement placed = assistance.place(new Placement(0, body.programmeId(), parse(PlacementKind.class, "kind",
                body.kind()), body.person(), body.fromSchool(), body.toSchool(), body.startDate(), body.endDate(),
                body.batch()));
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + body.programmeId() + "/placements")).body(placed);
    }

    private static <E extends Enum<E> & Labelled> E parse(Class<E> type, String field, String value) {
        return Labelled.parse(type, value).orElseThrow(() -> new BadParameterException(field, String.valueOf(value)));
    }
}
