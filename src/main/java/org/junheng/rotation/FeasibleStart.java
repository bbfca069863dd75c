package org.junheng.rotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Policy;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.TeacherIndicator;

/**
 * A starting plan that meets the quotas at once where it can: exchanges of two teachers alike in
 * every respect the rules and indicators see (stage, subject, qualification, backbone, PE/arts, local
 * rule) at different schools. Such an exchange keeps every headcount, subject and indicator, so the
 * search begins feasible and spends its time on the objectives.
 */
final class FeasibleStart {

    private FeasibleStart() {
    }

    static void seed(RotationSolution solution) {
        balanceLockedMoves(solution);
        Policy policy = solution.policy();
        Map<String, List<Candidate>> alike = new HashMap<>();
        for (Candidate c : solution.candidates()) {
            if (!c.locked() && !c.moved()) {
                alike.computeIfAbsent(profile(c), k -> new ArrayList<>()).add(c);
            }
        }
        int local = count(solution, true, false);
        int backbone = count(solution, false, true);
        int rotated = (int) solution.candidates().stream().filter(Candidate::moved).count();
        // the scarcest first: special-grade teachers and subject leaders, then backbone teachers, then anyone
        for (int pass = 0; pass < 3; pass++) {
            for (List<Candidate> group : alike.values()) {
                Candidate sample = group.get(0);
                boolean wanted = switch (pass) {
                    case 0 -> sample.localRule() && local < policy.requiredLocal();
                    case 1 -> sample.backbone() && backbone < policy.requiredBackbone(Math.max(rotated, policy.requiredRotated()));
                    default -> rotated < policy.requiredRotated();
                };
                while (wanted && exchangeOnePair(group)) {
                    rotated += 2;
                    local += sample.localRule() ? 2 : 0;
                    backbone += sample.backbone() ? 2 : 0;
                    wanted = switch (pass) {
                        case 0 -> local < policy.requiredLocal();
                        case 1 -> backbone < policy.requiredBackbone(Math.max(rotated, policy.requiredRotated()));
                        default -> rotated < policy.requiredRotated();
                    };
                }
            }
        }
    }

    /**
     * Each move the officer locked takes a teacher of a subject from one school to another; a teacher
     * of that subject at the other school comes back in exchange (one alike in every respect if there
     * is one), so the plan starts without a school losing the subject.
     */
    private static void balanceLockedMoves(RotationSolution solution) {
        for (Candidate locked : solution.candidates()) {
            if (!locked.locked() || !locked.moved()) {
                continue;
            }
            SchoolPart from = locked.origin();
            SchoolPart to = locked.destination();
            solution.candidates().stream()
                    .filter(c -> !c.locked() && !c.moved() && c.origin() == to && c.subject() == locked.subject()
                            && c.opensTo(from) && !c.forbids(from))
                    .min(Comparator.comparing(c -> profile(c).equals(profile(locked)) ? 0 : 1))
                    .ifPresent(c -> c.setDestination(from));
        }
    }

    private static int count(RotationSolution solution, boolean local, boolean backbone) {
        return (int) solution.candidates().stream()
                .filter(c -> c.moved() && (!local || c.localRule()) && (!backbone || c.backbone())).count();
    }

    private static String profile(Candidate c) {
        return c.origin().stage() + "/" + c.subject() + "/" + c.countsIn(TeacherIndicator.QUALIFIED) + "/" + c.backbone() + "/"
                + c.countsIn(TeacherIndicator.PE_ART) + "/" + c.localRule() + "/" + c.seekingSeniorWithoutRural();
    }

    /**
     * Exchanges the closest two teachers of the group who may take each other's place (distance
     * counts in the objectives); false when none can.
     */
    private static boolean exchangeOnePair(List<Candidate> group) {
        Candidate bestA = null;
        Candidate bestB = null;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < group.size(); i++) {
            Candidate a = group.get(i);
            if (a.moved()) {
                continue;
            }
            for (int j = i + 1; j < group.size(); j++) {
                Candidate b = group.get(j);
                if (!b.moved() && a.origin().school() != b.origin().school()
                        && a.opensTo(b.origin()) && b.opensTo(a.origin())) {
                    double d = a.origin().school().distanceKmOrZero(b.origin().school());
                    if (d < best) {
                        best = d;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA != null && best == 0) {
                break;
            }
        }
        if (bestA == null) {
            return false;
        }
        bestA.setDestination(bestB.origin());
        bestB.setDestination(bestA.origin());
        return true;
    }
}
