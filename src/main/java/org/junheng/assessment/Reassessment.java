package org.junheng.assessment;

import java.util.ArrayList;
import java.util.List;

import org.junheng.importing.AssessmentDataImported;
import org.junheng.registry.SchoolMoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * After an import of statistics or county facts commits, the kept results of the counties it named
 * are made again (after a school moves, those of the two counties, every year) — of every county when it names none, or more than {@value #COUNTY_BY_COUNTY}, where
 * one pass over all is quicker. It runs after the import, off the importer's thread: the import is
 * stored and reported whatever happens here. Each county is kept in a transaction of its own; when
 * one fails the others are still kept, and the event's publication stays incomplete in the registry,
 * to be resubmitted (see {@link ReassessmentRetry}) and seen.
 */
@Component
class Reassessment {

    private static final Logger log = LoggerFactory.getLogger(Reassessment.class);

    /** Up to this many counties imported are re-assessed one by one; more, all at once. */
    static final int COUNTY_BY_COUNTY = 20;

    private final AssessmentService assessments;
    private final java.util.function.Supplier<List<Integer>> years;

    Reassessment(AssessmentService assessments, org.junheng.registry.Registry registry) {
        this.assessments = assessments;
        this.years = registry::statisticsYears;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void assessmentDataImported(AssessmentDataImported event) {
        reassess(event.counties(), event.years());
    }

    /** A school moved between counties: both are made again, in every year with statistics. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void schoolMoved(SchoolMoved event) {
        reassess(AssessmentService.movedBetween(event), years.get());
    }

    private void reassess(java.util.Collection<String> named, java.util.Collection<Integer> statisticsYears) {
        List<String> failed = new ArrayList<>();
        boolean all = named.isEmpty() || named.size() > COUNTY_BY_COUNTY;
        List<String> counties = all ? java.util.Collections.singletonList(null) : List.copyOf(named);
        for (int year : statisticsYears) {
            for (AssessmentMethod method : AssessmentMethod.all()) {
                for (String county : counties) {
                    String what = (county == null ? "all counties" : county) + " " + year + " " + method.key();
                    try {
                        assessments.keep(county, year, method);
                    } catch (RuntimeException e) {
                        log.error("Re-assessing {} failed; its kept results are those of before / 重新评估失败", what, e);
                        failed.add(what);
                    }
                }
            }
        }
        if (!failed.isEmpty()) {
            throw new ReassessmentFailed(failed);
        }
    }

    /** Some counties of an import could not be re-assessed; the publication stays incomplete. */
    static class ReassessmentFailed extends RuntimeException {

        ReassessmentFailed(List<String> failed) {
            super("Re-assessment failed for " + String.join(", ", failed));
        }
    }
}
