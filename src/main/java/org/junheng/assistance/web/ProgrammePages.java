package org.junheng.assistance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.junheng.assistance.Activity;
import org.junheng.assistance.ActivityKind;
import org.junheng.assistance.Assistance;
import org.junheng.assistance.ClassPairing;
import org.junheng.assistance.CommunityType;
import org.junheng.assistance.Evidence;
import org.junheng.assistance.EvidenceFile;
import org.junheng.assistance.Honour;
import org.junheng.assistance.Member;
import org.junheng.assistance.MemberRole;
import org.junheng.assistance.Need;
import org.junheng.assistance.NeedState;
import org.junheng.assistance.Organisation;
import org.junheng.assistance.Outcome;
import org.junheng.assistance.OutcomeKind;
import org.junheng.assistance.OutcomeLevel;
import org.junheng.assistance.Outreach;
import org.junheng.assistance.People;
import org.junheng.assistance.Person;
import org.junheng.assistance.Placement;
import org.junheng.assistance.PlacementKind;
import org.junheng.assistance.Programme;
import org.junheng.assistance.ProgrammeSummary;
import org.junheng.assistance.RecordFilter;
import org.junheng.assistance.RemoteClassroom;
import org.junheng.assistance.Studios;
import org.junheng.registry.Labelled;
import org.junheng.registry.LocationClass;
import org.junheng.registry.Region;
import org.junheng.registry.RegionCode;
import org.junheng.registry.RegionLevel;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.security.Visibility;
import org.junheng.security.WriteScope;
import org.junheng.web.Choices;
import org.junheng.web.NotFoundException;
import org.junheng.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages to browse programmes and keep their records: a programme's figures, its needs board, its
 * activities, placements and outcomes, with forms to add them; and a school's needs board across
 * programmes. The same rules as the API apply (scope, validation, audit).
 */
@PageController
class ProgrammePages {

    private final Assistance assistance;
    private final Visibility visibility;
    private final RecordFilters filters;
    private final Registry registry;
    private final MessageSource messages;
    private final Studios studios;
    private final Outreach outreach;
    private final People people;
    private final Evidence evidence;
    private final PageChanges changes;
    private final SchoolPicks picks;
    private final WriteScope writes;

    ProgrammePages(Assistance assistance, Visibility visibility, RecordFilters filters, Registry registry,
                   MessageSource messages, Studios studios, Outreach outreach, People people, Evidence evidence,
                   PageChanges changes, SchoolPicks picks, WriteScope writes) {
        this.changes = changes;
        this.picks = picks;
        this.writes = writes;
        this.messages = messages;
        this.studios = studios;
        this.outreach = outreach;
        this.people = people;
        this.evidence = evidence;
        this.assistance = assistance;
        this.visibility = visibility;
        this.filters = filters;
        this.registry = registry;
    }

    @GetMapping("/programmes")
    String programmes(Model model) {
        model.addAttribute("programmes", assistance.programmes(visibility.region("region", null), visibility.ownSchool()));
        model.addAttribute("canCreate", visibility.ownSchool() == null);
        return "programmes";
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable long id, Model model) {
        Programme programme = filters.programme(id);
        model.addAttribute("programme", programme);
        model.addAttribute("summary", assistance.summary(id));
        List<RemoteClassroom> classrooms = outreach.remoteClassrooms(id);
        List<ClassPairing> classPairings = outreach.classPairings(id);
        List<org.junheng.assistance.ProgrammeRecord> partners = new java.util.ArrayList<>(classrooms);
        partners.addAll(classPairings);
        model.addAttribute("schoolNames", schoolNames(programme, partners));
        model.addAttribute("board", board(assistance.needs(id)));
        model.addAttribute("activities", assistance.activities(id));
        List<Placement> placements = assistance.placements(id);
        model.addAttribute("placements", placements);
        Map<Long, String> organisationNames = new java.util.HashMap<>();
        placements.stream().map(Placement::toOrganisation).filter(java.util.Objects::nonNull).distinct()
                .forEach(o -> people.organisation(o).ifPresent(org -> organisationNames.put(o, org.name())));
        model.addAttribute("organisationNames", organisationNames);
        model.addAttribute("outcomes", assistance.outcomes(id));
        model.addAttribute("studios", studios.studiosOf(id));
        model.addAttribute("classrooms", classrooms);
        model.addAttribute("donations", outreach.donations(id));
        model.addAttribute("classPairings", classPairings);
        model.addAttribute("members", people.members(id).stream().map(this::memberRow).toList());
        model.addAttribute("evidence", evidence.filesOfProgramme(id).stream()
                .collect(Collectors.groupingBy(EvidenceFile::activityId)));
        model.addAttribute("canManage", visibility.ownSchool() == null && writes.writesRegion(programme.ownerRegion()));
        model.addAttribute("personKinds", org.junheng.assistance.PersonKind.values());
        model.addAttribute("memberRoles", MemberRole.values());
        choices(model);
        return "programme";
    }

    /** The names of a programme's schools and of the other schools its records name (a classroom's partner …). */
    private Map<String, String> schoolNames(Programme programme, List<org.junheng.assistance.ProgrammeRecord> records) {
        java.util.Set<String> named = new java.util.HashSet<>();
        programme.schools().forEach(p -> named.add(p.schoolCode()));
        records.forEach(r -> named.addAll(r.schoolsNamed()));
        return registry.findSchools(named).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
    }

    /** A member of a programme as the page names it: the person or organisation, and its role. */
    record MemberRow(String name, Labelled kind, String position, MemberRole role) {
    }

    private MemberRow memberRow(Member member) {
        if (member.personId() != null) {
            Person person = people.person(member.personId()).orElseThrow();
            return new MemberRow(person.name(), person.kind(), person.position(), member.role());
        }
        Organisation organisation = people.organisation(member.organisationId()).orElseThrow();
        return new MemberRow(organisation.name(), organisation.kind(), null, member.role());
    }

    /** A county's figures, as the region page lists them. */
    record CountyFigures(String code, String name, ProgrammeSummary summary) {
    }

    /**
     * The assistance figures of a region (the caller's by default) for a period, each record counted where it
     * happened, with its counties' figures, which add up to it.
     */
    @GetMapping("/figures")
    String regionFigures(@RequestParam(required = false) String region,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         Model model, Locale locale) {
        String code = visibility.region("region", region);
        model.addAttribute("region", code);
        model.addAttribute("regionName", code == null ? messages.getMessage("regionFigures.everywhere", null, locale)
                : registry.findRegion(code).map(Region::name).orElse(code));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        Map<String, String> counties = registry.countyNames(code);
        Map<String, ProgrammeSummary> figures = assistance.regionSummaries(code, counties.keySet(), from, to);
        model.addAttribute("summary", figures.get(code));
        model.addAttribute("counties", counties.entrySet().stream()
                .map(c -> new CountyFigures(c.getKey(), c.getValue(), figures.get(c.getKey()))).toList());
        model.addAttribute("byCounty", code == null || new RegionCode(code).level() != RegionLevel.COUNTY);
        choices(model);
        return "region-figures";
    }

    /** A school's needs across the programmes it is in, by state. */
    @GetMapping("/schools/{code}/needs")
    String schoolNeeds(@PathVariable String code, Model model) {
        School school = visibility.school(code);
        RecordFilter filter = filters.of(new RecordFilters.Filter(null, null, code, null, null, null, 0, 500), (String) null);
        model.addAttribute("school", school);
        model.addAttribute("board", board(assistance.needs(filter, 0, 500).content()));
        return "school-needs";
    }

    private static Map<NeedState, List<Need>> board(List<Need> needs) {
        Map<NeedState, List<Need>> board = new LinkedHashMap<>();
        for (NeedState state : NeedState.values()) {
            board.put(state, needs.stream().filter(n -> n.state() == state).toList());
        }
        return board;
    }

    private static void choices(Model model) {
        model.addAttribute("activityKinds", ActivityKind.values());
        model.addAttribute("placementKinds", PlacementKind.values());
        model.addAttribute("outcomeKinds", OutcomeKind.values());
        model.addAttribute("outcomeLevels", OutcomeLevel.values());
        model.addAttribute("honours", Honour.values());
        model.addAttribute("communityTypes", CommunityType.values());
        model.addAttribute("rural", LocationClass.RURAL);
    }

    @PostMapping("/programmes/{id}/activities")
    String recordActivity(@PathVariable long id, @RequestParam String kind,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                          @RequestParam String schoolCode, @RequestParam(required = false) String place,
                          @RequestParam(required = false) String people, @RequestParam(defaultValue = "0") int experts,
                          @RequestParam(defaultValue = "0") int teachersReached,
                          @RequestParam(defaultValue = "0") int studentsReached,
                          @RequestParam(defaultValue = "0") BigDecimal hours, @RequestParam(required = false) Integer rating,
                          @RequestParam(required = false) String feedback, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            Activity draft = new Activity(0, id, Choices.parse(ActivityKind.class, "kind", kind), heldOn, schoolCode,
                    blankToNull(place), blankToNull(people), null, experts, teachersReached, studentsReached, hours, null,
                    rating, blankToNull(feedback), 0);
            filters.writable(id, draft);
            assistance.record(draft);
        });
    }

    /** The form to change an activity — typically the helped school's rating and feedback, given afterwards. */
    @GetMapping("/activities/{id}/edit")
    String editActivity(@PathVariable long id, Model model) {
        Activity activity = assistance.activity(id).orElseThrow(() -> new NotFoundException("activity", String.valueOf(id)));
        Programme programme = filters.programme(activity.programmeId());
        model.addAttribute("activity", activity);
        model.addAttribute("programme", programme);
        model.addAttribute("schoolNames", schoolNames(programme, List.of()));
        choices(model);
        return "activity-edit";
    }

    /** Saves a changed activity if nobody changed it since the form was read (its version). */
    @PostMapping("/activities/{id}")
    String updateActivity(@PathVariable long id, @RequestParam int version, @RequestParam String kind,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                          @RequestParam String schoolCode, @RequestParam(required = false) String place,
                          @RequestParam(required = false) String people, @RequestParam(defaultValue = "0") int experts,
                          @RequestParam(defaultValue = "0") int teachersReached,
                          @RequestParam(defaultValue = "0") int studentsReached,
                          @RequestParam(defaultValue = "0") BigDecimal hours, @RequestParam(required = false) Integer rating,
                          @RequestParam(required = false) String feedback, RedirectAttributes redirect) {
        Activity activity = assistance.activity(id).orElseThrow(() -> new NotFoundException("activity", String.valueOf(id)));
        return change(activity.programmeId(), redirect, () -> {
            Activity draft = new Activity(id, activity.programmeId(), Choices.parse(ActivityKind.class, "kind", kind), heldOn,
                    schoolCode, blankToNull(place), blankToNull(people), activity.subjects(), experts, teachersReached,
                    studentsReached, hours, activity.notes(), rating, blankToNull(feedback), version);
            filters.writable(activity.programmeId(), activity, draft);
            assistance.updateActivity(id, draft);
        });
    }

    @PostMapping("/programmes/{id}/needs")
    String raiseNeed(@PathVariable long id, @RequestParam String schoolCode, @RequestParam(required = false) String subject,
                     @RequestParam String category, @RequestParam String description, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            filters.writable(id, new Need(0, id, schoolCode, subject, category, description, NeedState.OPEN, null, 0));
            assistance.raiseNeed(id, schoolCode, blankToNull(subject), category, description, null);
        });
    }

    @PostMapping("/needs/{needId}/next")
    String moveNeed(@PathVariable long needId, @RequestParam int version, RedirectAttributes redirect) {
        Need need = assistance.need(needId).orElseThrow(() -> new NotFoundException("need", String.valueOf(needId)));
        NeedState next = need.state().next();
        return change(need.programmeId(), redirect, () -> {
            filters.writable(need.programmeId(), need);
            assistance.moveNeed(needId, next, version);
        });
    }

    @PostMapping("/programmes/{id}/placements")
    String place(@PathVariable long id, @RequestParam String kind, @RequestParam String person,
                 @RequestParam(required = false) String fromSchool, @RequestParam String toSchool,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
                 @RequestParam(defaultValue = "1") int batch, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            Placement draft = new Placement(0, id, Choices.parse(PlacementKind.class, "kind", kind), person,
                    picks.codeOrNull("fromSchool", visibility.scope().regionCode(), fromSchool), toSchool, startDate,
                    endDate, batch, 0);
            filters.writable(id, draft);
            assistance.place(draft);
        });
    }

    @PostMapping("/programmes/{id}/outcomes")
    String recordOutcome(@PathVariable long id, @RequestParam String kind, @RequestParam String level,
                         @RequestParam String title, @RequestParam String schoolCode,
                         @RequestParam(required = false) String person,
                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate achievedOn,
                         @RequestParam(required = false) String honour, @RequestParam(required = false) Integer rank,
                         @RequestParam(required = false) String project, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            Outcome draft = new Outcome(0, id, Choices.parse(OutcomeKind.class, "kind", kind),
                    Choices.parse(OutcomeLevel.class, "level", level), title, schoolCode, blankToNull(person), achievedOn,
                    Choices.optional(Honour.class, "honour", blankToNull(honour)), rank, blankToNull(project), 0);
            filters.writable(id, draft);
            assistance.recordOutcome(draft);
        });
    }

    /** Makes a change to a visible programme and returns to its page, with what went wrong if it was refused. */
    private String change(long programmeId, RedirectAttributes redirect, Runnable change) {
        filters.programme(programmeId);
        String back = changes.andReturn("/programmes/" + programmeId, redirect, change);
        if (redirect.getFlashAttributes().containsKey("errorField")) {
            redirect.addFlashAttribute("typed", typedForm());
        }
        return back;
    }

    /** The form as it was sent, so that a refused one comes back as typed (the CSRF token aside). */
    private static HashMap<String, String> typedForm() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        HashMap<String, String> typed = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && values.length > 0) {
                typed.put(name, values[0]);
            }
        });
        return typed;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
