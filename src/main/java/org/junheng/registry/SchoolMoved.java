package org.junheng.registry;

/**
 * Published inside the transaction that moves a school to another county, so that the move is on
 * the audit trail of both counties and commits or rolls back with it.
 */
public record SchoolMoved(School before, School after) {
}
