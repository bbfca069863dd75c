package org.junheng.assistance;

/**
 * The relations the seeds name, counted where the school is: schools whose leadership is entrusted
 * 托管, friendship schools 友好学校 (each school once, on either side), mentor pairs 师徒结对 (at the
 * mentee's school), and secondments to organisations such as education bureaus (where the
 * organisation is registered).
 */
public record RelationCounts(long entrustedSchools, long friendshipSchools, long mentorPairs, long secondedToOrganisations) {

    static final RelationCounts NONE = new RelationCounts(0, 0, 0, 0);
}
