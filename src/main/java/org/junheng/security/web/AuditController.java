package org.junheng.security.web;

import java.time.OffsetDateTime;

import org.junheng.registry.PageOf;
import org.junheng.security.AuditEvent;
import org.junheng.security.AuditTrail;
import org.junheng.security.Visibility;
import org.junheng.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, newest first, within the caller's scope. Read only: there is no way to change it. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditTrail audit;
    private final Visibility visibility;

    AuditController(AuditTrail audit, Visibility visibility) {
        this.audit = audit;
        this.visibility = visibility;
    }

    @GetMapping
    PageOf<AuditEvent> events(@RequestParam(required = false) String region,
                              @RequestParam(required = false) String entity,
                              @RequestParam(required = false) String user,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return audit.find(visibility.scope(), visibility.region("region", region), entity, user, from, to, page, size);
    }
}
