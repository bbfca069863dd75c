package org.junheng.rotation.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.junheng.assistance.Programme;
import org.junheng.registry.RegionCode;
import org.junheng.registry.RegionLevel;
import org.junheng.rotation.RotationJob;
import org.junheng.rotation.RotationJobs;
import org.junheng.rotation.RotationPlan;
import org.junheng.rotation.RotationPlanWorkbook;
import org.junheng.security.CurrentUser;
import org.junheng.security.Visibility;
import org.junheng.security.WriteScope;
import org.junheng.web.BadParameterException;
import org.junheng.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rotation planning jobs of the counties within the caller's scope: start one, follow it by
 * polling, stop it early, read its plan, accept it as rotation placements. Planning is for
 * education bureaus.
 */
@RestController
@RequestMapping("/api/v1/rotation-plans")
class RotationPlanController {

    private final RotationJobs jobs;
    private final Visibility visibility;
    private final WriteScope writes;
    private final CurrentUser user;

    RotationPlanController(RotationJobs jobs, Visibility visibility, CurrentUser user, WriteScope writes) {
        this.writes = writes;
        this.jobs = jobs;
        this.visibility = visibility;
        this.user = user;
    }

    /**
     * @param rules the text of a rules file (see docs/rotation.md); defaults when absent
     * @param steps a step budget instead of the time limit, for a plan that can be made again (with {@code seed})
     */
    record NewPlan(String county, Integer year, Integer timeLimitSeconds, String rules, Integer steps, Long seed) {
    }

    @PostMapping
    ResponseEntity<RotationJob> start(@RequestBody NewPlan body) {
        bureausOnly();
        if (body.county() == null || !RegionCode.isValid(body.county())
                || new RegionCode(body.county()).level() != RegionLevel.COUNTY) {
            throw new BadParameterException("county", String.valueOf(body.county()));
        }
        String county = writes.region("county", body.county());
        RotationJob job = jobs.start(county, body.year(), body.rules(),
                body.timeLimitSeconds(), body.steps(), body.seed(), user.username());
        return ResponseEntity.accepted().location(URI.create("/api/v1/rotation-plans/" + job.id())).body(job);
    }

    @GetMapping
    List<RotationJob> list(@RequestParam(required = false) String region) {
        bureausOnly();
        return jobs.jobs(visibility.region("region", region));
    }

    @GetMapping("/{id}")
    RotationJob job(@PathVariable long id) {
        bureausOnly();
        return visible(id);
    }

    /** The plan as JSON, once the job has one (404 until then). */
    @GetMapping(path = "/{id}/plan", produces = MediaType.APPLICATION_JSON_VALUE)
    String plan(@PathVariable long id) {
        bureausOnly();
        visible(id);
        return jobs.planJson(id).orElseThrow(() -> new NotFoundException("plan of rotation job", String.valueOf(id)));
    }

    @GetMapping("/{id}/plan.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id) throws IOException {
        bureausOnly();
        visible(id);
        RotationPlan plan = jobs.plan(id).orElseThrow(() -> new NotFoundException("plan of rotation job", String.valueOf(id)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RotationPlanWorkbook.write(plan, bytes);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("rotation-plan-" + id + ".xlsx").build().toString())
                .body(bytes.toByteArray());
    }

    record Resolve(Integer timeLimitSeconds, String rules) {
    }

    /** Solves again from this job's plan, with the rules given (e.g. with locks and forbidden moves added). */
    @PostMapping("/{id}/resolve")
    ResponseEntity<RotationJob> resolve(@PathVariable long id, @RequestBody Resolve body) {
        bureausOnly();
        visible(id);
        RotationJob job = jobs.resolve(id, body.rules(), body.timeLimitSeconds(),
                user.username());
        return ResponseEntity.accepted().location(URI.create("/api/v1/rotation-plans/" + job.id())).body(job);
    }

    @PostMapping("/{id}/stop")
    ResponseEntity<RotationJob> stop(@PathVariable long id) {
        bureausOnly();
        visible(id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.stop(id));
    }

    @PostMapping("/{id}/accept")
    ResponseEntity<Programme> accept(@PathVariable long id) {
        bureausOnly();
        visible(id);
        Programme programme = jobs.accept(id);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + programme.id())).body(programme);
    }

    private RotationJob visible(long id) {
        return jobs.job(id).filter(job -> visibility.scope().coversRegion(job.countyCode()))
                .orElseThrow(() -> new NotFoundException("rotation plan", String.valueOf(id)));
    }

    private void bureausOnly() {
        visibility.bureausOnly("rotation is planned by education bureaus");
    }
}
