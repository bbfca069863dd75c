package org.junheng.rotation;

/**
 * A hard rule a plan does not meet, and by how much ({@code shortBy} teachers or moves). Before
 * solving: {@code required} against what is {@code possible} at all; after: the rule's penalty.
 */
public record BrokenRule(String rule, long required, long possible, long shortBy, String explanation) {
}
