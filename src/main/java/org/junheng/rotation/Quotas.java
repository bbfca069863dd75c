package org.junheng.rotation;

/** How many are eligible and how many rotate, against what the rules require. */
public record Quotas(int eligible, int rotated, int backboneRotated, int localRuleRotated, int requiredRotated,
                     int requiredBackbone, int localRuleEligible, int requiredLocalRule) {
}
