package org.junheng.assistance.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junheng.assistance.Assistance;
import org.junheng.assistance.Need;
import org.junheng.assistance.NeedState;
import org.junheng.assistance.Programme;
import org.junheng.assistance.RecordFilter;
import org.junheng.registry.RegionCode;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.web.HomePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Assistance on the home page: the programmes of the person's region or school and the needs of its
 * schools not yet confirmed as met — the newest, and by county where the region has several (what a
 * teaching researcher follows across their liaison counties).
 */
@Component
@Order(20)
class AssistanceHome implements HomePanel {

    /** The most needs read for the panel; a region with more is counted up to here and says so. */
    private static final int NEEDS_READ = 2000;
    private static final int LISTED = 6;

    private final Assistance assistance;
    private final Registry registry;

    AssistanceHome(Assistance assistance, Registry registry) {
        this.assistance = assistance;
        this.registry = registry;
    }

    /** A county's open needs. */
    record CountyNeeds(String countyCode, String countyName, long open) {
    }

    @Override
    public Optional<String> addTo(Model model, Viewer viewer, Locale locale) {
        List<Programme> programmes = assistance.programmes(viewer.regionCode(), viewer.schoolCode());
        List<Need> open = programmes.isEmpty() ? List.of() : assistance.needs(new RecordFilter(
                programmes.stream().map(Programme::id).toList(), viewer.schoolCode(), null, null, null), 0, NEEDS_READ)
                .content().stream().filter(n -> n.state() != NeedState.CONFIRMED).toList();
        Map<String, School> schools = registry.findSchools(open.stream().map(Need::schoolCode).distinct().toList());
        String prefix = viewer.regionCode() == null ? "" : RegionCode.prefixOf(viewer.regionCode());
        List<Need> ours = open.stream().filter(n -> schools.containsKey(n.schoolCode())
                && schools.get(n.schoolCode()).countyCode().startsWith(prefix)).toList();
        Map<String, String> countyNames = registry.countyNames(viewer.regionCode());
        Map<String, Long> byCounty = new TreeMap<>(ours.stream().collect(Collectors.groupingBy(
                n -> schools.get(n.schoolCode()).countyCode(), Collectors.counting())));
        model.addAttribute("homeProgrammes", programmes.size());
        model.addAttribute("homeSchoolProgrammes", viewer.isSchool() ? programmes : List.of());
        model.addAttribute("homeOpenNeeds", ours.size());
        model.addAttribute("homeNeeds", ours.stream().sorted(Comparator.comparing(Need::raisedOn).reversed()
                .thenComparing(Comparator.comparingLong(Need::id).reversed())).limit(LISTED).toList());
        model.addAttribute("homeNeedSchools", schools.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name())));
        model.addAttribute("homeNeedProgrammes", programmes.stream().collect(Collectors.toMap(Programme::id, Programme::name)));
        model.addAttribute("homeNeedsByCounty", byCounty.size() < 2 ? List.of() : byCounty.entrySet().stream()
                .map(e -> new CountyNeeds(e.getKey(), countyNames.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList());
        return Optional.of("home-panels :: assistance");
    }
}
