package org.junheng.rotation.model;

import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.junheng.registry.Subject;

/**
 * A teacher eligible for exchange: stays (no destination) or moves to another school-stage of
 * the county. A move the officer locked is pinned; forbidden destinations are never wanted.
 */
@PlanningEntity
public class Candidate {

    @PlanningId
    private String teacherId;
    private SchoolPart origin;
    private Subject subject;
    private boolean qualified;
    private boolean backbone;
    private boolean peArt;
    private boolean localRule;
    private boolean seekingSeniorWithoutRural;
    private List<SchoolPart> destinations;
    private Set<SchoolPart> openTo;
    private Set<String> forbidden;
    private Policy policy;

    @PlanningPin
    private boolean locked;

    @PlanningVariable(valueRangeProviderRefs = "destinations", allowsUnassigned = true)
    private SchoolPart destination;

    /** For the solver's cloning. */
    public Candidate() {
    }

    /**
     * @param localRule                 special-grade teacher or subject leader (the local rule counts them)
     * @param seekingSeniorWithoutRural seeks a senior title and has no rural service yet
     * @param destinations              the school-stages it may go to: same stage, same county, not its own school
     * @param forbidden                 school codes the officer ruled out for this teacher
     */
    public Candidate(String teacherId, SchoolPart origin, Subject subject, boolean qualified, boolean backbone,
                     boolean peArt, boolean localRule, boolean seekingSeniorWithoutRural, List<SchoolPart> destinations,
                     Set<String> forbidden, Policy policy) {
        this(teacherId, origin, subject, qualified, backbone, peArt, localRule, seekingSeniorWithoutRural, destinations,
                Set.copyOf(destinations), forbidden, policy);
    }

    private Candidate(String teacherId, SchoolPart origin, Subject subject, boolean qualified, boolean backbone,
                      boolean peArt, boolean localRule, boolean seekingSeniorWithoutRural, List<SchoolPart> destinations,
                      Set<SchoolPart> openTo, Set<String> forbidden, Policy policy) {
        this.teacherId = teacherId;
        this.origin = origin;
        this.subject = subject;
        this.qualified = qualified;
        this.backbone = backbone;
        this.peArt = peArt;
        this.localRule = localRule;
        this.seekingSeniorWithoutRural = seekingSeniorWithoutRural;
        this.destinations = destinations;
        this.openTo = openTo;
        this.forbidden = forbidden;
        this.policy = policy;
    }

    @ValueRangeProvider(id = "destinations")
    public List<SchoolPart> getDestinations() {
        return destinations;
    }

    /** The same teacher with the same destination, to be changed independently of this one. */
    Candidate planningClone() {
        Candidate clone = new Candidate(teacherId, origin, subject, qualified, backbone, peArt, localRule,
                seekingSeniorWithoutRural, destinations, openTo, forbidden, policy);
        clone.locked = locked;
        clone.destination = destination;
        return clone;
    }

    /** Whether the teacher may be sent to the school-stage (same stage, same county, another school, near enough). */
    public boolean opensTo(SchoolPart part) {
        return openTo.contains(part);
    }

    public String teacherId() {
        return teacherId;
    }

    public SchoolPart origin() {
        return origin;
    }

    public Subject subject() {
        return subject;
    }

    public boolean backbone() {
        return backbone;
    }

    public boolean localRule() {
        return localRule;
    }

    public boolean seekingSeniorWithoutRural() {
        return seekingSeniorWithoutRural;
    }

    public Policy policy() {
        return policy;
    }

    public boolean locked() {
        return locked;
    }

    public SchoolPart destination() {
        return destination;
    }

    public void setDestination(SchoolPart destination) {
        this.destination = destination;
    }

    /** Fixes a move the officer decided. */
    public void lockTo(SchoolPart destination) {
        this.destination = destination;
        this.locked = true;
    }

    public boolean moved() {
        return destination != null;
    }

    /** Where the teacher is after the plan. */
    public SchoolPart effectivePart() {
        return destination == null ? origin : destination;
    }

    public boolean countsIn(TeacherIndicator indicator) {
        return switch (indicator) {
            case QUALIFIED -> qualified;
            case BACKBONE -> backbone;
            case PE_ART -> peArt;
        };
    }

    public boolean forbids(SchoolPart part) {
        return part != null && forbidden.contains(part.school().code());
    }

    /** Kilometres of the move, or null when it is no move or a school has no coordinates. */
    public Double distanceKm() {
        return destination == null ? null : origin.school().distanceKm(destination.school());
    }

    @Override
    public String toString() {
        return teacherId + (destination == null ? "" : " → " + destination);
    }

    /** The teachers one move may stand in for one another: the same stage and subject. */
    public static List<Object> subjectOf(Candidate c) {
        return List.of(c.origin().stage(), c.subject());
    }
}
