package org.junheng.assessment;

import java.util.List;

/**
 * The least resource that brings one difference coefficient within its limit: which schools get
 * how much ({@code total} in the indicator's unit), and the coefficient before and after.
 */
public record BalanceProposal(String indicator, ResourceUnit unit, double cvBefore, double cvAfter, double total,
                              List<ResourceAddition> additions) {

    /** An amount of resource to add to one school. */
    public record ResourceAddition(String schoolCode, String schoolName, double amount) {
    }
}
