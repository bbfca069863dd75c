package org.junheng.assistance;

/** An organisation taking part in assistance (university, training institution, party branch …), registered in a region. */
public record Organisation(long id, String name, OrganisationKind kind, String regionCode, int version) {
}
