package org.junheng.assistance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junheng.assistance.Assistance;
import org.junheng.assistance.Honour;
import org.junheng.assistance.Outcome;
import org.junheng.assistance.OutcomeKind;
import org.junheng.assistance.OutcomeLevel;
import org.junheng.assistance.Placement;
import org.junheng.assistance.PlacementKind;
import org.junheng.assistance.Programme;
import org.junheng.registry.Registry;
import org.junheng.security.Visibility;
import org.junheng.web.Choices;
import org.junheng.web.PageController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Correcting a placement or an outcome from the pages, or withdrawing one recorded in error — at the
 * version the form was read, as the API does; a refused form comes back as it was typed.
 */
@PageController
class RecordEditingPages {

    private final Assistance assistance;
    private final RecordFilters filters;
    private final Registry registry;
    private final Visibility visibility;
    private final PageChanges changes;
    private final SchoolPicks picks;

    RecordEditingPages(Assistance assistance, RecordFilters filters, Registry registry, Visibility visibility,
                       PageChanges changes, SchoolPicks picks) {
        this.assistance = assistance;
        this.filters = filters;
        this.registry = registry;
        this.visibility = visibility;
        this.changes = changes;
        this.picks = picks;
    }

    /** A placement as its form holds it; the sending school as typed (a name or a code). */
    record PlacementForm(String kind, String person, String fromSchool, String toSchool,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate, Integer batch, int version) {
    }

    /** An outcome as its form holds it. */
    record OutcomeForm(String kind, String level, String title, String schoolCode, String person,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate achievedOn, String honour, Integer rank,
                       String project, int version) {
    }

    @GetMapping("/placements/{id}/edit")
    String editPlacement(@PathVariable long id, Model model) {
        Placement p = placement(id);
        String from = p.fromSchool() == null ? null : registry.findSchool(p.fromSchool())
                .map(s -> registry.pickerNames(visibility.scope().regionCode(), List.of(s)).get(0)).orElse(p.fromSchool());
        return placementForm(model, p, new PlacementForm(p.kind().key(), p.person(), from, p.toSchool(), p.startDate(),
                p.endDate(), p.batch(), p.version()));
    }

    @PostMapping("/placements/{id}")
    String updatePlacement(@PathVariable long id, PlacementForm form, Model model, RedirectAttributes redirect) {
        Placement stored = placement(id);
        Optional<PageChanges.Refusal> refusal = changes.attempt(() -> {
            Placement draft = new Placement(id, stored.programmeId(), Choices.parse(PlacementKind.class, "kind", form.kind()),
                    form.person(), picks.codeOrNull("fromSchool", visibility.scope().regionCode(), form.fromSchool()),
                    stored.toOrganisation() != null ? null : form.toSchool(), form.startDate(), form.endDate(),
                    form.batch() == null ? 0 : form.batch(), stored.toOrganisation(), form.version());
            filters.writable(stored.programmeId(), stored, draft);
            assistance.updatePlacement(id, draft);
        });
        return savedOrBack(refusal, stored.programmeId(), model, redirect, () -> placementForm(model, stored, form));
    }

    @PostMapping("/placements/{id}/withdraw")
    String withdrawPlacement(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        Placement stored = placement(id);
        return changes.andReturn("/programmes/" + stored.programmeId(), redirect, () -> {
            filters.writable(stored.programmeId(), stored);
            assistance.withdrawPlacement(id, version);
        });
    }

    @GetMapping("/outcomes/{id}/edit")
    String editOutcome(@PathVariable long id, Model model) {
        Outcome o = outcome(id);
        return outcomeForm(model, o, new OutcomeForm(o.kind().key(), o.level().key(), o.title(), o.schoolCode(), o.person(),
                o.achievedOn(), o.honour() == null ? null : o.honour().key(), o.rank(), o.project(), o.version()));
    }

    @PostMapping("/outcomes/{id}")
    String updateOutcome(@PathVariable long id, OutcomeForm form, Model model, RedirectAttributes redirect) {
        Outcome stored = outcome(id);
        Optional<PageChanges.Refusal> refusal = changes.attempt(() -> {
            Outcome draft = new Outcome(id, stored.programmeId(), Choices.parse(OutcomeKind.class, "kind", form.kind()),
                    Choices.parse(OutcomeLevel.class, "level", form.level()), form.title(), form.schoolCode(),
                    blankToNull(form.person()), form.achievedOn(),
                    Choices.optional(Honour.class, "honour", blankToNull(form.honour())), form.rank(),
                    blankToNull(form.project()), form.version());
            filters.writable(stored.programmeId(), stored, draft);
            assistance.updateOutcome(id, draft);
        });
        return savedOrBack(refusal, stored.programmeId(), model, redirect, () -> outcomeForm(model, stored, form));
    }

    @PostMapping("/outcomes/{id}/withdraw")
    String withdrawOutcome(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        Outcome stored = outcome(id);
        return changes.andReturn("/programmes/" + stored.programmeId(), redirect, () -> {
            filters.writable(stored.programmeId(), stored);
            assistance.withdrawOutcome(id, version);
        });
    }

    private String savedOrBack(Optional<PageChanges.Refusal> refusal, long programmeId, Model model,
                               RedirectAttributes redirect, java.util.function.Supplier<String> form) {
        if (refusal.isPresent()) {
            refusal.get().showOn(model);
            return form.get();
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/programmes/" + programmeId;
    }

    private String placementForm(Model model, Placement placement, PlacementForm form) {
        programmeOf(model, placement.programmeId());
        model.addAttribute("placement", placement);
        model.addAttribute("form", form);
        model.addAttribute("placementKinds", PlacementKind.values());
        model.addAttribute("schoolRegion", visibility.scope().regionCode());
        return "placement-edit";
    }

    private String outcomeForm(Model model, Outcome outcome, OutcomeForm form) {
        programmeOf(model, outcome.programmeId());
        model.addAttribute("outcome", outcome);
        model.addAttribute("form", form);
        model.addAttribute("outcomeKinds", OutcomeKind.values());
        model.addAttribute("outcomeLevels", OutcomeLevel.values());
        model.addAttribute("honours", Honour.values());
        return "outcome-edit";
    }

    private Programme programmeOf(Model model, long programmeId) {
        Programme programme = filters.programme(programmeId);
        model.addAttribute("programme", programme);
        model.addAttribute("schoolNames", registry.findSchools(programme.schoolCodes()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name())));
        return programme;
    }

    private Placement placement(long id) {
        return filters.visible("placement", assistance.placement(id), id);
    }

    private Outcome outcome(long id) {
        return filters.visible("outcome", assistance.outcome(id), id);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
