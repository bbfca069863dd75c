package org.junheng.rotation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Policy;
import org.junheng.rotation.model.RotationSolution;

/**
 * What no plan can meet, seen before searching: a quota larger than the teachers who could move
 * at all (eligible, with somewhere to go or a locked move).
 */
final class Feasibility {

    private Feasibility() {
    }

    static List<BrokenRule> check(RotationSolution solution) {
        Policy policy = solution.policy();
        List<Candidate> movable = solution.candidates().stream()
                .filter(c -> c.locked() || !c.getDestinations().isEmpty()).toList();
        List<BrokenRule> broken = new ArrayList<>();
        shortOf("rotation_quota", policy.requiredRotated(), count(movable, c -> true),
                "teachers must rotate, but only %d eligible teachers have a school they may go to / 应交流人数超过可交流人数", broken);
        shortOf("backbone_share", policy.requiredBackbone(policy.requiredRotated()), count(movable, Candidate::backbone),
                "backbone teachers must be among those who rotate, but only %d eligible backbone teachers can move / 可交流骨干教师不足",
                broken);
        shortOf("local_rule", policy.requiredLocal(), count(movable, Candidate::localRule),
                "special-grade teachers and subject leaders must rotate, but only %d can move / 可交流特级教师和学科带头人不足",
                broken);
        return broken;
    }

    private static long count(List<Candidate> candidates, Predicate<Candidate> which) {
        return candidates.stream().filter(which).count();
    }

    private static void shortOf(String rule, long required, long possible, String text, List<BrokenRule> broken) {
        if (required > possible) {
            broken.add(new BrokenRule(rule, required, possible, required - possible,
                    required + " " + String.format(text, possible)));
        }
    }
}
