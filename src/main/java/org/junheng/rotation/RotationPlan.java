package org.junheng.rotation;

import java.util.List;
import java.util.Map;

import org.junheng.assessment.Assessment;

/**
 * A county's rotation plan: whether it meets every hard rule, its score, the moves and why, the
 * quotas, the rules it cannot meet and by how much, the score by rule, and the county's assessment
 * before and after the moves, and what the moves do to what the county is judged on ({@code effect}).
 *
 * @param scoreByRule each rule's part of the score (hard rules in teachers or moves short, objectives in thousandths of a point)
 */
public record RotationPlan(String countyCode, int year, boolean feasible, String score, List<PlannedMove> moves,
                           Quotas quotas, List<BrokenRule> brokenRules, Map<String, String> scoreByRule,
                           Assessment before, Assessment after, PlanEffect effect) {
}
