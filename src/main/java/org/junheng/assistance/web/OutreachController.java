package org.junheng.assistance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

import org.junheng.assistance.ClassPairing;
import org.junheng.assistance.Donation;
import org.junheng.assistance.Outreach;
import org.junheng.assistance.RemoteClassroom;
import org.junheng.assistance.RemoteClassroomKind;
import org.junheng.registry.PageOf;
import org.junheng.web.Choices;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Internet+ classrooms, donations and pen-pal classes of the programmes the caller may see. */
@RestController
@RequestMapping("/api/v1")
class OutreachController {

    private final Outreach outreach;
    private final RecordFilters filters;

    OutreachController(Outreach outreach, RecordFilters filters) {
        this.outreach = outreach;
        this.filters = filters;
    }

    record NewRemoteClassroom(Long programmeId, String schoolCode, String partnerSchool, String kind, LocalDate openedOn) {
    }

    record NewDonation(Long programmeId, String schoolCode, String donor, String items, BigDecimal valueYuan,
                       LocalDate donatedOn) {
    }

    record NewClassPairing(Long programmeId, String schoolCode, String className, String partnerSchool,
                           String partnerClass, int studentPairs, LocalDate pairedOn) {
    }

    @PostMapping("/remote-classrooms")
    ResponseEntity<RemoteClassroom> open(@RequestBody NewRemoteClassroom body) {
        RemoteClassroom draft = new RemoteClassroom(0, orZero(body.programmeId()), body.schoolCode(), body.partnerSchool(),
                Choices.parse(RemoteClassroomKind.class, "kind", body.kind()), body.openedOn());
        filters.writable(body.programmeId(), draft);
        RemoteClassroom opened = outreach.open(draft);
        return ResponseEntity.created(URI.create("/api/v1/remote-classrooms?programme=" + opened.programmeId())).body(opened);
    }

    @GetMapping("/remote-classrooms")
    PageOf<RemoteClassroom> remoteClassrooms(RecordFilters.Filter filter) {
        return outreach.remoteClassrooms(filters.of(filter, RemoteClassroomKind.class), filter.pageOrFirst(),
                filter.sizeOrDefault());
    }

    @PostMapping("/donations")
    ResponseEntity<Donation> donate(@RequestBody NewDonation body) {
        Donation draft = new Donation(0, orZero(body.programmeId()), body.schoolCode(), body.donor(), body.items(),
                body.valueYuan(), body.donatedOn());
        filters.writable(body.programmeId(), draft);
        Donation recorded = outreach.record(draft);
        return ResponseEntity.created(URI.create("/api/v1/donations?programme=" + recorded.programmeId())).body(recorded);
    }

    /** Donations; {@code kind} filters by donor. */
    @GetMapping("/donations")
    PageOf<Donation> donations(RecordFilters.Filter filter) {
        return outreach.donations(filters.of(filter, filter.kind()), filter.pageOrFirst(), filter.sizeOrDefault());
    }

    @PostMapping("/class-pairings")
    ResponseEntity<ClassPairing> pair(@RequestBody NewClassPairing body) {
        ClassPairing draft = new ClassPairing(0, orZero(body.programmeId()), body.schoolCode(), body.className(),
                body.partnerSchool(), body.partnerClass(), body.studentPairs(), body.pairedOn());
        filters.writable(body.programmeId(), draft);
        ClassPairing paired = outreach.pair(draft);
        return ResponseEntity.created(URI.create("/api/v1/class-pairings?programme=" + paired.programmeId())).body(paired);
    }

    /** Pen-pal classes; {@code kind} filters by class name. */
    @GetMapping("/class-pairings")
    PageOf<ClassPairing> classPairings(RecordFilters.Filter filter) {
        return outreach.classPairings(filters.of(filter, filter.kind()), filter.pageOrFirst(), filter.sizeOrDefault());
    }

    private static long orZero(Long programmeId) {
        return programmeId == null ? 0 : programmeId;
    }
}
