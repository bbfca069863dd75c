package org.junheng.rotation.model;

import org.junheng.registry.Subject;

/** A subject taught in a school-stage, with the number of its eligible teachers there before the plan. */
public record SubjectSlot(SchoolPart part, Subject subject) {
}
