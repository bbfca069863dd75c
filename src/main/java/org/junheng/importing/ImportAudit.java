package org.junheng.importing;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junheng.security.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Puts imports on the audit trail, from the import's own events: what was stored, and what was refused. */
@Component
class ImportAudit {

    private final AuditTrail trail;

    ImportAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** An import is recorded as one change: what file, how many rows, which years and regions. */
    @EventListener
    void importStored(ImportStored event) {
        Map<String, Object> after = new TreeMap<>();
        after.put("type", event.type());
        after.put("file", event.fileName());
        after.put("rows", event.rows());
        after.put("years", event.years());
        after.put("regions", event.regions());
        String region = event.regions().size() == 1 ? event.regions().iterator().next() : commonRegion(event);
        trail.record("import", event.type(), event.fileName() == null ? "" : event.fileName(), region, null, after);
    }

    /**
     * An import refused for writing beyond the user's scope is put on the trail of every county it
     * reached for, so that a county sees who tried to write its schools (nothing else was stored).
     */
    @EventListener
    void importRefused(ImportRefused event) {
        Map<String, Object> attempt = new TreeMap<>();
        attempt.put("type", event.type());
        attempt.put("file", event.fileName());
        attempt.put("counties", new TreeSet<>(event.counties()));
        for (String county : new TreeSet<>(event.counties())) {
            trail.record("refused", event.type(), event.fileName() == null ? "" : event.fileName(), county, null, attempt);
        }
    }

    /** The narrowest region code holding all of the import's regions (province or city), or null. */
    private static String commonRegion(ImportStored event) {
        String province = null;
        String city = null;
        boolean sameProvince = true;
        boolean sameCity = true;
        for (String code : event.regions()) {
            sameProvince &= province == null || province.equals(code.substring(0, 2));
            sameCity &= city == null || city.equals(code.substring(0, 4));
            province = code.substring(0, 2);
            city = code.substring(0, 4);
        }
        if (province == null || !sameProvince) {
            return null;
        }
        return sameCity ? city + "00" : province + "0000";
    }
}
