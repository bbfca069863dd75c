package org.junheng.security;

import java.time.OffsetDateTime;

/**
 * One recorded change: who, when, what (entity and its id), and the state before and after as JSON
 * (null for a creation's before or a deletion's after).
 */
public record AuditEvent(long id, OffsetDateTime at, String username, String action, String entity, String entityId,
                         String region, String before, String after) {
}
