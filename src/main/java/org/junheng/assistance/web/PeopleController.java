package org.junheng.assistance.web;

import java.net.URI;
import java.util.List;

import org.junheng.assistance.Assistance;
import org.junheng.assistance.Member;
import org.junheng.assistance.MemberRole;
import org.junheng.assistance.Organisation;
import org.junheng.assistance.OrganisationKind;
import org.junheng.assistance.People;
import org.junheng.assistance.Person;
import org.junheng.assistance.PersonKind;
import org.junheng.assistance.Programme;
import org.junheng.registry.PageOf;
import org.junheng.security.Visibility;
import org.junheng.security.WriteScope;
import org.junheng.web.Choices;
import org.junheng.web.NotFoundException;
import org.junheng.web.Paging;
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

/**
 * People outside the teacher roster and organisations, registered by education bureaus within their
 * region, and the members of programmes.
 */
@RestController
@RequestMapping("/api/v1")
class PeopleController {

    private final People people;
    private final Assistance assistance;
    private final Visibility visibility;
    private final WriteScope writes;

    PeopleController(People people, Assistance assistance, Visibility visibility, WriteScope writes) {
        this.people = people;
        this.assistance = assistance;
        this.visibility = visibility;
        this.writes = writes;
    }

    record NewOrganisation(String name, String kind, String regionCode) {
    }

    record NewPerson(String name, String kind, String position, Long organisationId, String regionCode) {
    }

    record NewMember(Long personId, Long organisationId, String role) {
    }

    @PostMapping("/organisations")
    ResponseEntity<Organisation> register(@RequestBody NewOrganisation body) {
        Organisation created = people.register(organisation(body, 0));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
                .eTag(Versions.tag(created.version())).body(created);
    }

    @GetMapping("/organisations/{id}")
    ResponseEntity<Organisation> organisation(@PathVariable long id) {
        Organisation organisation = visibleOrganisation(id);
        return Versions.tagged(organisation, organisation.version());
    }

    @PutMapping("/organisations/{id}")
    ResponseEntity<Organisation> update(@PathVariable long id, @RequestBody NewOrganisation body,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        visibleOrganisation(id);
        Organisation updated = people.update(id, organisation(body, Versions.ifMatch(ifMatch)));
        return Versions.tagged(updated, updated.version());
    }

    @GetMapping("/organisations")
    PageOf<Organisation> organisations(@RequestParam(required = false) String region,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size) {
        bureausOnly();
        Paging.check(page, size);
        return people.organisations(visibility.region("region", region), page, size);
    }

    private Organisation visibleOrganisation(long id) {
        bureausOnly();
        return people.organisation(id).filter(o -> visibility.scope().coversRegion(o.regionCode()))
                .orElseThrow(() -> new NotFoundException("organisation", String.valueOf(id)));
    }

    private Organisation organisation(NewOrganisation body, int version) {
        bureausOnly();
        return new Organisation(0, body.name(), Choices.parse(OrganisationKind.class, "kind", body.kind()),
                writes.region("regionCode", body.regionCode()), version);
    }

    @PostMapping("/people")
    ResponseEntity<Person> register(@RequestBody NewPerson body) {
        Person created = people.register(person(body, 0));
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).eTag(Versions.tag(created.version()))
                .body(created);
    }

    @GetMapping("/people/{id}")
    ResponseEntity<Person> person(@PathVariable long id) {
        Person person = visiblePerson(id);
        return Versions.tagged(person, person.version());
    }

    @PutMapping("/people/{id}")
    ResponseEntity<Person> update(@PathVariable long id, @RequestBody NewPerson body,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        visiblePerson(id);
        Person updated = people.update(id, person(body, Versions.ifMatch(ifMatch)));
        return Versions.tagged(updated, updated.version());
    }

    @GetMapping("/people")
    PageOf<Person> people(@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        bureausOnly();
        Paging.check(page, size);
        return people.people(visibility.region("region", region), Choices.optional(PersonKind.class, "kind", kind), page,
                size);
    }

    private Person visiblePerson(long id) {
        bureausOnly();
        return people.person(id).filter(p -> visibility.scope().coversRegion(p.regionCode()))
                .orElseThrow(() -> new NotFoundException("person", String.valueOf(id)));
    }

    private Person person(NewPerson body, int version) {
        bureausOnly();
        return new Person(0, body.name(), Choices.parse(PersonKind.class, "kind", body.kind()), body.position(),
                body.organisationId(), writes.region("regionCode", body.regionCode()), version);
    }

    @GetMapping("/programmes/{id}/members")
    List<Member> members(@PathVariable long id) {
        return people.members(programme(id));
    }

    @PostMapping("/programmes/{id}/members")
    ResponseEntity<Member> join(@PathVariable long id, @RequestBody NewMember body) {
        bureausOnly();
        Programme programme = ProgrammeAccess.visible(visibility, assistance.programme(id).orElse(null), id);
        writes.changeProgramme(programme.ownerRegion(), null);
        if (body.personId() != null) {
            visiblePerson(body.personId());
        }
        Member member = people.join(new Member(0, id, body.personId(), body.organisationId(),
                Choices.parse(MemberRole.class, "role", body.role())));
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/members")).body(member);
    }

    private long programme(long id) {
        return ProgrammeAccess.visible(visibility, assistance.programme(id).orElse(null), id).id();
    }

    private void bureausOnly() {
        visibility.bureausOnly("people and organisations are registered by education bureaus");
    }
}
