package org.junheng.assistance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

import org.junheng.assistance.Activity;
import org.junheng.assistance.ActivityKind;
import org.junheng.assistance.Assistance;
import org.junheng.assistance.Honour;
import org.junheng.assistance.Need;
import org.junheng.assistance.NeedState;
import org.junheng.assistance.Outcome;
import org.junheng.assistance.OutcomeKind;
import org.junheng.assistance.OutcomeLevel;
import org.junheng.assistance.Placement;
import org.junheng.assistance.PlacementKind;
import org.junheng.registry.PageOf;
import org.junheng.security.Visibility;
import org.junheng.web.Choices;
import org.junheng.web.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The records of programmes — activities, needs, placements, outcomes — across the programmes the
 * caller may see: created, read with their version as ETag, updated with If-Match, listed with
 * filters and paging.
 */
@RestController
@RequestMapping("/api/v1")
class AssistanceRecordController {

    private final Assistance assistance;
    private final Visibility visibility;
    private final RecordFilters filters;
    private final RecordEndpoints<Activity> activities;
    private final RecordEndpoints<Placement> placements;
    private final RecordEndpoints<Outcome> outcomes;

    AssistanceRecordController(Assistance assistance, Visibility visibility, RecordFilters filters) {
        this.assistance = assistance;
        this.visibility = visibility;
        this.filters = filters;
        this.activities = new RecordEndpoints<>("activities", "activity", assistance::activity, assistance::record,
                assistance::updateActivity, filters);
        this.placements = new RecordEndpoints<>("placements", "placement", assistance::placement, assistance::place,
                assistance::updatePlacement, filters);
        this.outcomes = new RecordEndpoints<>("outcomes", "outcome", assistance::outcome, assistance::recordOutcome,
                assistance::updateOutcome, filters);
    }

    record NewActivity(Long programmeId, String kind, LocalDate heldOn, String schoolCode, String place, String people,
                       String subjects, int experts, int teachersReached, int studentsReached, BigDecimal hours,
                       String notes, Integer rating, String feedback) {
    }

    record NewNeed(Long programmeId, String schoolCode, String subject, String category, String description,
                   LocalDate raisedOn) {
    }

    record NeedMove(String state, int version) {
    }

    record NewPlacement(Long programmeId, String kind, String person, String fromSchool, String toSchool,
                        LocalDate startDate, LocalDate endDate, int batch, Long toOrganisation) {
    }

    record NewOutcome(Long programmeId, String kind, String level, String title, String schoolCode, String person,
                      LocalDate achievedOn, String honour, Integer rank, String project) {
    }

    // activities

    @PostMapping("/activities")
    ResponseEntity<Activity> record(@RequestBody NewActivity body) {
        return activities.create(activity(body, 0));
    }

    @GetMapping("/activities/{id}")
    ResponseEntity<Activity> activity(@PathVariable long id) {
        return activities.read(id);
    }

    @PutMapping("/activities/{id}")
    ResponseEntity<Activity> updateActivity(@PathVariable long id, @RequestBody NewActivity body,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return activities.update(id, version -> activity(body, version), ifMatch);
    }

    @GetMapping("/activities")
    PageOf<Activity> activities(RecordFilters.Filter filter) {
        return assistance.activities(filters.of(filter, ActivityKind.class), filter.pageOrFirst(), filter.sizeOrDefault());
    }

    private static Activity activity(NewActivity body, int version) {
        return new Activity(0, orZero(body.programmeId()), Choices.parse(ActivityKind.class, "kind", body.kind()),
                body.heldOn(), body.schoolCode(), body.place(), body.people(), body.subjects(), body.experts(), body.teachersReached(),
                body.studentsReached(), body.hours(), body.notes(), body.rating(), body.feedback(), version);
    }

    // needs

    @PostMapping("/needs")
    ResponseEntity<Need> raise(@RequestBody NewNeed body) {
        filters.writable(body.programmeId(), new Need(0, orZero(body.programmeId()), body.schoolCode(), body.subject(),
                body.category(), body.description(), NeedState.OPEN, body.raisedOn(), 0));
        Need need = assistance.raiseNeed(body.programmeId(), body.schoolCode(), body.subject(), body.category(),
                body.description(), body.raisedOn());
        return ResponseEntity.created(URI.create("/api/v1/needs/" + need.id())).eTag(Versions.tag(need.version())).body(need);
    }

    @GetMapping("/needs/{id}")
    ResponseEntity<Need> need(@PathVariable long id) {
        Need need = filters.visible("need", assistance.need(id), id);
        return Versions.tagged(need, need.version());
    }

    /** Moves a need on; the version it was read at comes in the body (409 when stale) or as If-Match (412). */
    @PostMapping("/needs/{id}/state")
    ResponseEntity<Need> move(@PathVariable long id, @RequestBody NeedMove body,
                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Need need = filters.visible("need", assistance.need(id), id);
        filters.writable(need.programmeId(), need);
        int version = ifMatch != null ? Versions.ifMatch(ifMatch) : body.version();
        Need moved = assistance.moveNeed(id, Choices.parse(NeedState.class, "state", body.state()), version);
        return Versions.tagged(moved, moved.version());
    }

    @GetMapping("/needs")
    PageOf<Need> needs(RecordFilters.Filter filter) {
        return assistance.needs(filters.of(filter, NeedState.class), filter.pageOrFirst(), filter.sizeOrDefault());
    }

    // placements

    @PostMapping("/placements")
    ResponseEntity<Placement> place(@RequestBody NewPlacement body) {
        return placements.create(placement(body, 0));
    }

    @GetMapping("/placements/{id}")
    ResponseEntity<Placement> placement(@PathVariable long id) {
        return placements.read(id);
    }

    @PutMapping("/placements/{id}")
    ResponseEntity<Placement> updatePlacement(@PathVariable long id, @RequestBody NewPlacement body,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return placements.update(id, version -> placement(body, version), ifMatch);
    }

    /** Withdraws a placement recorded in error; it no longer counts, and the audit trail keeps what it was. */
    @DeleteMapping("/placements/{id}")
    ResponseEntity<Void> withdrawPlacement(@PathVariable long id,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return placements.withdraw(id, ifMatch, assistance::withdrawPlacement);
    }

    @GetMapping("/placements")
    PageOf<Placement> placements(RecordFilters.Filter filter) {
        return assistance.placements(filters.of(filter, PlacementKind.class), filter.pageOrFirst(), filter.sizeOrDefault());
    }

    private static Placement placement(NewPlacement body, int version) {
        return new Placement(0, orZero(body.programmeId()), Choices.parse(PlacementKind.class, "kind", body.kind()),
                body.person(), body.fromSchool(), body.toSchool(), body.startDate(), body.endDate(), body.batch(),
                body.toOrganisation(), version);
    }

    // outcomes

    @PostMapping("/outcomes")
    ResponseEntity<Outcome> recordOutcome(@RequestBody NewOutcome body) {
        return outcomes.create(outcome(body, 0));
    }

    @GetMapping("/outcomes/{id}")
    ResponseEntity<Outcome> outcome(@PathVariable long id) {
        return outcomes.read(id);
    }

    @PutMapping("/outcomes/{id}")
    ResponseEntity<Outcome> updateOutcome(@PathVariable long id, @RequestBody NewOutcome body,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return outcomes.update(id, version -> outcome(body, version), ifMatch);
    }

    /** Withdraws an outcome recorded in error; it no longer counts, and the audit trail keeps what it was. */
    @DeleteMapping("/outcomes/{id}")
    ResponseEntity<Void> withdrawOutcome(@PathVariable long id,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return outcomes.withdraw(id, ifMatch, assistance::withdrawOutcome);
    }

    @GetMapping("/outcomes")
    PageOf<Outcome> outcomes(RecordFilters.Filter filter) {
        return assistance.outcomes(filters.of(filter, OutcomeKind.class), filter.pageOrFirst(), filter.sizeOrDefault());
    }

    private static Outcome outcome(NewOutcome body, int version) {
        return new Outcome(0, orZero(body.programmeId()), Choices.parse(OutcomeKind.class, "kind", body.kind()),
                Choices.parse(OutcomeLevel.class, "level", body.level()), body.title(), body.schoolCode(), body.person(),
                body.achievedOn(), Choices.optional(Honour.class, "honour", body.honour()), body.rank(), body.project(), version);
    }

    /** On update the programme comes from the stored record; the body need not name it. */
    private static long orZero(Long programmeId) {
        return programmeId == null ? 0 : programmeId;
    }
}
