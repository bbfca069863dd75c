package org.junheng.rotation.model.search;

import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.SchoolPart;

/** One teacher's change in a cycle of moves: to {@code destination} (null: home). */
record CycleChange(Candidate teacher, SchoolPart destination) {
}
