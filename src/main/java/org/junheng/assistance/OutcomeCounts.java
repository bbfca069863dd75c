package org.junheng.assistance;

import java.util.Map;

/**
 * Outcomes as a bureau counts them (seed 001: "6 provincial famous teachers, 2 famous principals,
 * 91 backbone teachers … 62 first and second prizes … nearly 50 research projects").
 *
 * @param honours           honours by kind ({@link Honour}, "unspecified" where a record does not say), then by level
 * @param honoursByLocation honours by the location class of the school (urban 城区, town 镇区, rural 乡村), then by kind
 * @param prizesByRank      contest prizes by rank: first, second, third, and unranked where a record does not say
 * @param researchProjects  research projects, each counted once through approval and completion
 * @param researchApproved  of them, projects with an approval recorded
 * @param researchCompleted of them, projects with a completion recorded
 */
public record OutcomeCounts(Map<String, Map<String, Long>> honours, Map<String, Map<String, Long>> honoursByLocation,
                            Map<String, Long> prizesByRank, long researchProjects, long researchApproved,
                            long researchCompleted) {

    static final OutcomeCounts NONE = new OutcomeCounts(Map.of(), Map.of(), Map.of(), 0, 0, 0);

    /** Honours of a kind at any level. */
    public long honours(Honour honour) {
        return honours.getOrDefault(honour.key(), Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Honours of a kind at one level. */
    public long honours(Honour honour, OutcomeLevel level) {
        return honours.getOrDefault(honour.key(), Map.of()).getOrDefault(level.key(), 0L);
    }

    /** Honours of a kind at schools of a location class (乡村学校: rural). */
    public long honoursAt(org.junheng.registry.LocationClass location, Honour honour) {
        return honoursByLocation.getOrDefault(location.key(), Map.of()).getOrDefault(honour.key(), 0L);
    }

    /** First and second prizes, as reports count them (一二等奖). */
    public long firstAndSecondPrizes() {
        return prizesByRank.getOrDefault("first", 0L) + prizesByRank.getOrDefault("second", 0L);
    }
}
