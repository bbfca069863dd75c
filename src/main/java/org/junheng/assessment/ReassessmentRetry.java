package org.junheng.assessment;

import java.time.Duration;

import org.junheng.importing.AssessmentDataImported;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries failed re-assessments again: an import whose re-assessment did not complete (a database
 * that went away, a server stopped mid-way) is resubmitted once it is older than the retry interval,
 * on this server or any other sharing the database, and on restart.
 */
@Component
class ReassessmentRetry {

    private final IncompleteEventPublications incomplete;
    private final Duration after;

    ReassessmentRetry(IncompleteEventPublications incomplete,
                      @Value("${junheng.reassessment.retry-after:PT5M}") Duration after) {
        this.incomplete = incomplete;
        this.after = after;
    }

    @Scheduled(fixedDelayString = "${junheng.reassessment.retry-after:PT5M}",
            initialDelayString = "${junheng.reassessment.retry-after:PT5M}")
    void resubmit() {
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(after)
                .withFilter(publication -> publication.getEvent() instanceof AssessmentDataImported));
    }
}
