package org.junheng.assistance.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junheng.assistance.Activity;
import org.junheng.assistance.Assistance;
import org.junheng.assistance.AssistanceRejected;
import org.junheng.assistance.CommunityType;
import org.junheng.assistance.Evidence;
import org.junheng.assistance.Member;
import org.junheng.assistance.MemberRole;
import org.junheng.assistance.People;
import org.junheng.assistance.Person;
import org.junheng.assistance.PersonKind;
import org.junheng.assistance.Programme;
import org.junheng.assistance.ProgrammeKind;
import org.junheng.assistance.SchoolRole;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.security.Visibility;
import org.junheng.security.WriteScope;
import org.junheng.web.Choices;
import org.junheng.web.NotFoundException;
import org.junheng.web.PageController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting up and running a programme from its pages: create and edit it, add and take out its
 * schools (picked by name), add members, attach evidence to an activity. The same rules as the API
 * apply (write scope, checks, versions, audit); a refused form comes back as it was typed.
 */
@PageController
class ProgrammeManagementPages {

    /** The most people of a region looked through for a member named on the form. */
    private static final int PEOPLE_SEARCHED = 1000;

    private final Assistance assistance;
    private final Visibility visibility;
    private final WriteScope writes;
    private final Registry registry;
    private final People people;
    private final Evidence evidence;
    private final RecordFilters filters;
    private final PageChanges changes;
    private final SchoolPicks picks;

    ProgrammeManagementPages(Assistance assistance, Visibility visibility, WriteScope writes, Registry registry,
                             People people, Evidence evidence, RecordFilters filters, PageChanges changes,
                             SchoolPicks picks) {
        this.picks = picks;
        this.assistance = assistance;
        this.visibility = visibility;
        this.writes = writes;
        this.registry = registry;
        this.people = people;
        this.evidence = evidence;
        this.filters = filters;
        this.changes = changes;
    }

    /** The programme form as typed: kept when it is refused, so nothing typed is lost. */
    record ProgrammeForm(String kind, String name, String ownerRegion, String communityType,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
                         String goals, String measures, Integer version, List<String> school, List<String> role) {

        /** How many schools the form to set up a programme takes; more are added once it exists. */
        static final int FIRST_SCHOOLS = 4;

        static ProgrammeForm of(Programme p) {
            return new ProgrammeForm(p.kind().key(), p.name(), p.ownerRegion(),
                    p.communityType() == null ? null : p.communityType().key(), p.startDate(), p.endDate(), p.goals(),
                    p.measures(), p.version(), List.of(), List.of());
        }

        static ProgrammeForm empty(String ownerRegion) {
            List<String> blanks = java.util.Collections.nCopies(FIRST_SCHOOLS, "");
            return new ProgrammeForm(null, null, ownerRegion, null, LocalDate.now(), null, null, null, 0, blanks, blanks);
        }

        /** The school typed on row i and its role, or blank. */
        public String schoolAt(int i) {
            return school != null && i < school.size() ? school.get(i) : "";
        }

        public String roleAt(int i) {
            return role != null && i < role.size() ? role.get(i) : "";
        }

        Programme draft(long id, String owner, List<Programme.Participant> schools) {
            return new Programme(id, Choices.optional(ProgrammeKind.class, "kind", blankToNull(kind)), blankToNull(name), owner,
                    Choices.optional(CommunityType.class, "communityType", blankToNull(communityType)), startDate, endDate,
                    blankToNull(goals), blankToNull(measures), schools, version == null ? 0 : version);
        }
    }

    @GetMapping("/programmes/new")
    String newProgramme(Model model) {
        visibility.bureausOnly("programmes are set up by education bureaus");
        return form(model, ProgrammeForm.empty(visibility.scope().regionCode()), null);
    }

    @PostMapping("/programmes/new")
    String create(ProgrammeForm form, Model model, RedirectAttributes redirect) {
        visibility.bureausOnly("programmes are set up by education bureaus");
        Programme[] created = new Programme[1];
        Optional<PageChanges.Refusal> refusal = changes.attempt(() -> {
            String owner = blankToNull(form.ownerRegion());
            writes.region("ownerRegion", owner);
            List<Programme.Participant> schools = new ArrayList<>();
            for (int i = 0; i < ProgrammeForm.FIRST_SCHOOLS; i++) {
                if (!form.schoolAt(i).isBlank()) {
                    schools.add(new Programme.Participant(picks.school("schools", owner, form.schoolAt(i)).code(),
                            Choices.parse(SchoolRole.class, "role", form.roleAt(i))));
                }
            }
            Programme draft = form.draft(0, owner, schools);
            writes.programme(draft.ownerRegion(), draft.schoolCodes());
            created[0] = assistance.createProgramme(draft);
        });
        if (refusal.isPresent()) {
            refusal.get().showOn(model);
            return form(model, form, null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/programmes/" + created[0].id() + "/edit";
    }

    @GetMapping("/programmes/{id}/edit")
    String editProgramme(@PathVariable long id, Model model) {
        Programme programme = owned(id);
        return form(model, ProgrammeForm.of(programme), programme);
    }

    @PostMapping("/programmes/{id}/edit")
    String updateProgramme(@PathVariable long id, ProgrammeForm form, Model model, RedirectAttributes redirect) {
        Programme stored = owned(id);
        Optional<PageChanges.Refusal> refusal = changes.attempt(
                () -> assistance.updateProgramme(id, form.draft(id, stored.ownerRegion(), stored.schools())));
        if (refusal.isPresent()) {
            refusal.get().showOn(model);
            return form(model, form, stored);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/programmes/" + id;
    }

    /** Adds a school, picked by its name (or code) among the schools of the programme's owner region. */
    @PostMapping("/programmes/{id}/schools")
    String addSchool(@PathVariable long id, @RequestParam String school, @RequestParam String role,
                     @RequestParam(required = false) String area, @RequestParam int version, RedirectAttributes redirect) {
        Programme stored = owned(id);
        Optional<PageChanges.Refusal> refusal = changes.attempt(() -> {
            School picked = picks.school("schools", stored.ownerRegion(), school);
            List<Programme.Participant> schools = new ArrayList<>(stored.schools());
            schools.add(new Programme.Participant(picked.code(), Choices.parse(SchoolRole.class, "role", role), blankToNull(area)));
            save(stored, schools, version);
        });
        refusal.ifPresentOrElse(r -> {
            r.showAfterRedirect(redirect);
            redirect.addFlashAttribute("typedSchool", school);
        }, () -> redirect.addFlashAttribute("saved", true));
        return "redirect:/programmes/" + id + "/edit";
    }

    /** Takes a school out of the programme; refused while the programme holds records of it. */
    @PostMapping("/programmes/{id}/schools/{code}/remove")
    String removeSchool(@PathVariable long id, @PathVariable String code, @RequestParam int version,
                        RedirectAttributes redirect) {
        Programme stored = owned(id);
        return changes.andReturn("/programmes/" + id + "/edit", redirect, () -> save(stored,
                stored.schools().stream().filter(s -> !s.schoolCode().equals(code)).toList(), version));
    }

    /**
     * Adds a member: a person of the owner region with this name, registered with the kind and position
     * given when the region has nobody of that name yet.
     */
    @PostMapping("/programmes/{id}/members")
    String addMember(@PathVariable long id, @RequestParam String name, @RequestParam String kind,
                     @RequestParam(required = false) String position, @RequestParam String role,
                     RedirectAttributes redirect) {
        Programme stored = owned(id);
        return changes.andReturn("/programmes/" + id, redirect, () -> {
            MemberRole memberRole = Choices.parse(MemberRole.class, "role", role);
            PersonKind personKind = Choices.parse(PersonKind.class, "kind", kind);
            String typed = name == null ? "" : name.strip();
            Person person = people.people(stored.ownerRegion(), null, 0, PEOPLE_SEARCHED).content().stream()
                    .filter(p -> p.name().equals(typed)).findFirst()
                    .orElseGet(() -> people.register(new Person(0, typed, personKind, blankToNull(position), null,
                            stored.ownerRegion(), 0)));
            people.join(new Member(0, id, person.id(), null, memberRole));
        });
    }

    /** Attaches a file (minutes, photographs, a sign-in sheet) to an activity as evidence. */
    @PostMapping("/programmes/{id}/evidence")
    String attachEvidence(@PathVariable long id, @RequestParam long activity, @RequestParam("file") MultipartFile file,
                          RedirectAttributes redirect) {
        filters.programme(id);
        Activity held = assistance.activity(activity).filter(a -> a.programmeId() == id)
                .orElseThrow(() -> new NotFoundException("activity", String.valueOf(activity)));
        return changes.andReturn("/programmes/" + id, redirect, () -> {
            filters.writable(id, held);
            try (InputStream in = file.getInputStream()) {
                evidence.attach(activity, file.getOriginalFilename(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void save(Programme stored, List<Programme.Participant> schools, int version) {
        writes.programme(stored.ownerRegion(), schools.stream().map(Programme.Participant::schoolCode).toList());
        assistance.updateProgramme(stored.id(), new Programme(stored.id(), stored.kind(), stored.name(), stored.ownerRegion(),
                stored.communityType(), stored.startDate(), stored.endDate(), stored.goals(), stored.measures(), schools,
                version));
    }

    /** A programme the caller sees and whose owner region is theirs to change (else 404 or 403). */
    private Programme owned(long id) {
        Programme programme = filters.programme(id);
        writes.changeProgramme(programme.ownerRegion(), null);
        return programme;
    }

    private String form(Model model, ProgrammeForm form, Programme programme) {
        model.addAttribute("form", form);
        model.addAttribute("programme", programme);
        model.addAttribute("programmeKinds", ProgrammeKind.values());
        model.addAttribute("communityTypes", CommunityType.values());
        model.addAttribute("schoolRoles", SchoolRole.values());
        Map<String, String> owners = new java.util.LinkedHashMap<>();
        String scope = visibility.scope().regionCode();
        if (scope != null) {
            registry.findRegion(scope).ifPresent(r -> owners.put(r.code(), r.name()));
        }
        owners.putAll(registry.countyNames(scope));
        if (form.ownerRegion() != null && !owners.containsKey(form.ownerRegion())) {
            registry.findRegion(form.ownerRegion()).ifPresent(r -> owners.put(r.code(), r.name()));
        }
        model.addAttribute("owners", owners);
        if (programme != null) {
            model.addAttribute("schoolNames", registry.findSchools(programme.schoolCodes()).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name())));
        }
        return "programme-form";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
