package org.junheng.rotation;

import java.time.OffsetDateTime;

/**
 * A planning job as the API shows it: where it stands ({@code queued}, {@code solving},
 * {@code finished}, {@code stopped} — finished early on request —, {@code cancelled} before it
 * started, {@code failed}, {@code interrupted} when its server stopped or fell silent), its best score so far, and, once a plan exists, whether it is feasible;
 * {@code steps} and {@code seed} when it is searched by a step budget (then {@code timeLimitSeconds} is 0).
 */
public record RotationJob(long id, String countyCode, int year, String status, int timeLimitSeconds, String bestScore,
                          Integer moves, Boolean feasible, String error, String createdBy, OffsetDateTime startedAt,
                          OffsetDateTime finishedAt, Long acceptedProgramme, Integer steps, Long seed) {

    /** A finished or stopped job's plan, or the best plan so far of one a restart cut short. */
    public boolean hasPlan() {
        return "finished".equals(status) || "stopped".equals(status) || "interrupted".equals(status) && moves != null;
    }
}
