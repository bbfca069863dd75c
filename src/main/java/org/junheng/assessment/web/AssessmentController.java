package org.junheng.assessment.web;

import java.util.List;

import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.AssessmentService;
import org.junheng.assessment.Change;
import org.junheng.assessment.StageWeights;
import org.junheng.assessment.TrendPoint;
import org.junheng.assessment.WhatIfResult;
import org.junheng.security.Visibility;
import org.junheng.web.BadParameterException;
import org.junheng.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** County assessments computed from the stored statistics, in the assessment JSON contract, and their trends. */
@RestController
@RequestMapping("/api/v1/assessments")
class AssessmentController {

    private final AssessmentService assessments;
    private final Visibility visibility;

    AssessmentController(AssessmentService assessments, Visibility visibility) {
        this.assessments = assessments;
        this.visibility = visibility;
    }

    /**
     * @param county a county, city or province code (everything below it); all counties when absent
     * @param year   the statistics year; the latest when absent
     */
    @GetMapping
    Assessment assess(@RequestParam(required = false) String county, @RequestParam(required = false) Integer year,
                      @RequestParam(defaultValue = "quality-2017") String method,
                      @RequestParam(required = false) String stageWeights) {
        AssessmentMethod assessmentMethod = method(method);
        StageWeights weights = weights(stageWeights);
        int assessedYear = year != null ? year
                : assessments.latestYear().orElseThrow(() -> new NotFoundException("statistics", "any year"));
        return assessments.assess(visibility.region("county", county), assessedYear,
                assessmentMethod, weights).seenBy(visibility.ownSchool());
    }

    /** What a set of changes would do: the region assessed as it is and after them (nothing is stored). */
    record WhatIfRequest(String county, Integer year, String method, String stageWeights, List<Change> changes) {
    }

    @PostMapping("/what-if")
    WhatIfResult whatIf(@RequestBody WhatIfRequest request) {
        if (request.county() == null) {
            throw new BadParameterException("county", "");
        }
        String region = visibility.region("county", request.county());
        String own = visibility.ownSchool();
        if (own != null && request.changes() != null) {
            request.changes().stream().filter(c -> !own.equals(c.schoolCode())).findFirst()
                    .ifPresent(c -> {
                        throw new NotFoundException("school", c.schoolCode());
                    });
        }
        if (request.changes() == null || request.changes().isEmpty()) {
            throw new BadParameterException("changes", "[]");
        }
        AssessmentMethod assessmentMethod = method(request.method() == null ? "quality-2017" : request.method());
        StageWeights weights = weights(request.stageWeights());
        int year = request.year() != null ? request.year()
                : assessments.latestYear().orElseThrow(() -> new NotFoundException("statistics", "any year"));
        WhatIfResult result = assessments.whatIf(region, year, assessmentMethod, weights, request.changes());
        return new WhatIfResult(result.changes(), result.before().seenBy(visibility.ownSchool()),
                result.after().seenBy(visibility.ownSchool()));
    }

    /** Each indicator and coefficient of a county across the years, by stage. */
    @GetMapping("/trend")
    List<TrendPoint> trend(@RequestParam String county, @RequestParam(defaultValue = "quality-2017") String method) {
        return assessments.trend(visibility.region("county", county), method(method));
    }

    /** Stage weights that override the province's profile, or null for the profile's own. */
    private static StageWeights weights(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return StageWeights.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("stageWeights", text);
        }
    }

    private static AssessmentMethod method(String key) {
        return AssessmentMethod.byKey(key).orElseThrow(() -> new BadParameterException("method", key));
    }
}
