package org.junheng.security.web;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.junheng.security.AuditEvent;
import org.junheng.web.Names;
import org.springframework.context.MessageSource;

/**
 * The audit trail as a reader of the page sees it: what was done to what in words of the page's
 * language, the region by name, who did it (an operator on the command line said so), and the
 * record before and after kept as it was stored.
 */
final class AuditRows {

    /**
     * @param actor    the user, or the operating-system user of a command-line operator
     * @param operator whether the change was made on the command line
     */
    record Row(OffsetDateTime at, String actor, boolean operator, String action, String entity, String entityId,
               String region, String regionCode, String before, String after) {
    }

    private AuditRows() {
    }

    static List<Row> of(List<AuditEvent> events, Names names, MessageSource messages, Locale locale) {
        Map<String, String> regionNames = new HashMap<>();
        return events.stream().map(e -> {
            boolean operator = e.username().startsWith("cli:");
            // a region known by its code only (registered unnamed, or not at all) has no name to show
            String region = e.region() == null ? null : regionNames.computeIfAbsent(e.region(),
                    code -> Objects.requireNonNullElse(names.regionName(code), ""));
            return new Row(e.at(), operator ? e.username().substring(4) : e.username(), operator,
                    word(messages, "audit.action." + e.action(), e.action(), locale),
                    word(messages, "audit.entity." + e.entity(), e.entity(), locale), e.entityId(), region, e.region(),
                    e.before(), e.after());
        }).toList();
    }

    private static String word(MessageSource messages, String code, String otherwise, Locale locale) {
        return messages.getMessage(code, null, otherwise, locale);
    }
}
