package org.junheng.assessment;

import java.util.List;

/** The assessment of a region as it is and as it would be after the changes. */
public record WhatIfResult(List<Change> changes, Assessment before, Assessment after) {
}
