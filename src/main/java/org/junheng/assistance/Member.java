package org.junheng.assistance;

/** A person or an organisation (exactly one of them) in a programme, with its role. */
public record Member(long id, long programmeId, Long personId, Long organisationId, MemberRole role) {
}
