package org.junheng.assistance.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.junheng.assistance.Activity;
import org.junheng.assistance.Assistance;
import org.junheng.assistance.CommunityType;
import org.junheng.assistance.Need;
import org.junheng.assistance.Outcome;
import org.junheng.assistance.Placement;
import org.junheng.assistance.Programme;
import org.junheng.assistance.ProgrammeKind;
import org.junheng.assistance.ProgrammeSummary;
import org.junheng.assistance.SchoolRole;
import org.junheng.registry.Registry;
import org.junheng.security.Visibility;
import org.junheng.security.WriteScope;
import org.junheng.web.Choices;
import org.junheng.web.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Assistance programmes, the records of each, and their summary figures, within the caller's scope. */
@RestController
@RequestMapping("/api/v1")
class ProgrammeController {

    private final Assistance assistance;
    private final Visibility visibility;
    private final WriteScope writes;
    private final Registry registry;

    ProgrammeController(Assistance assistance, Visibility visibility, WriteScope writes, Registry registry) {
        this.assistance = assistance;
        this.visibility = visibility;
        this.writes = writes;
        this.registry = registry;
    }

    record NewOwner(String ownerRegion) {
    }

    record NewParticipant(String schoolCode, String role, String area) {
    }

    record NewProgramme(String kind, String name, String ownerRegion, String communityType, LocalDate startDate,
                        LocalDate endDate, String goals, String measures, List<NewParticipant> schools) {
    }

    @GetMapping("/programmes")
    List<Programme> programmes(@RequestParam(required = false) String region) {
        return assistance.programmes(visibility.region("region", region), visibility.ownSchool());
    }

    @PostMapping("/programmes")
    ResponseEntity<Programme> create(@RequestBody NewProgramme body) {
        Programme draft = draft(body, body.ownerRegion(), 0);
        writes.programme(draft.ownerRegion(), codes(draft));
        Programme created = assistance.createProgramme(draft);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id())).eTag(Versions.tag(created.version()))
                .body(created);
    }

    @GetMapping("/programmes/{id}")
    ResponseEntity<Programme> read(@PathVariable long id) {
        Programme programme = programme(id);
        return Versions.tagged(programme, programme.version());
    }

    @PutMapping("/programmes/{id}")
    ResponseEntity<Programme> update(@PathVariable long id, @RequestBody NewProgramme body,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Programme stored = programme(id);
        writes.changeProgramme(stored.ownerRegion(), body.ownerRegion());
        Programme draft = draft(body, stored.ownerRegion(), Versions.ifMatch(ifMatch));
        writes.programme(draft.ownerRegion(), codes(draft));
        Programme updated = assistance.updateProgramme(id, draft);
        return Versions.tagged(updated, updated.version());
    }

    /** Hands a programme to another owner region: the caller owns both, and its schools lie within the new one. */
    @PostMapping("/programmes/{id}/owner")
    ResponseEntity<Programme> transfer(@PathVariable long id, @RequestBody NewOwner body,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Programme stored = programme(id);
        writes.transferProgramme(stored.ownerRegion(), body.ownerRegion(), codes(stored));
        Programme transferred = assistance.transferProgramme(id, body.ownerRegion(), Versions.ifMatch(ifMatch));
        return Versions.tagged(transferred, transferred.version());
    }

    private static List<String> codes(Programme programme) {
        return programme.schools().stream().map(Programme.Participant::schoolCode).toList();
    }

    private Programme draft(NewProgramme body, String owner, int version) {
        List<Programme.Participant> schools = body.schools() == null ? List.of() : body.schools().stream()
                .map(s -> new Programme.Participant(s.schoolCode(), Choices.parse(SchoolRole.class, "schools", s.role()),
                        s.area() == null || s.area().isBlank() ? null : s.area().strip())).toList();
        return new Programme(0, Choices.optional(ProgrammeKind.class, "kind", body.kind()), body.name(),
                owner, Choices.optional(CommunityType.class, "communityType", body.communityType()),
                body.startDate(), body.endDate(), body.goals(), body.measures(), schools, version);
    }

    private Programme programme(long id) {
        return ProgrammeAccess.visible(visibility, assistance.programme(id).orElse(null), id);
    }

    @GetMapping("/programmes/{id}/summary")
    ProgrammeSummary summary(@PathVariable long id, @RequestParam(required = false) LocalDate from,
                             @RequestParam(required = false) LocalDate to) {
        return assistance.summary(programme(id).id(), from, to);
    }

    /** The figures of every programme of a region within the caller's scope, for a period (either bound optional). */
    @GetMapping("/summary")
    ProgrammeSummary regionSummary(@RequestParam(required = false) String region,
                                   @RequestParam(required = false) LocalDate from,
                                   @RequestParam(required = false) LocalDate to) {
        visibility.bureausOnly("summaries are for education bureaus");
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

    @GetMapping("/programmes/{id}/outcomes")
    List<Outcome> outcomes(@PathVariable long id) {
        return assistance.outcomes(programme(id).id());
    }
}
