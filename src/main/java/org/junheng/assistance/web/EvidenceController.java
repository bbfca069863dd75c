package org.junheng.assistance.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.junheng.assistance.Activity;
import org.junheng.assistance.Assistance;
import org.junheng.assistance.Evidence;
import org.junheng.assistance.EvidenceFile;
import org.junheng.security.Visibility;
import org.junheng.web.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import static java.nio.charset.StandardCharsets.UTF_8;

/** Evidence files of activities: uploaded, listed, downloaded within the caller's scope. */
@RestController
@RequestMapping("/api/v1")
class EvidenceController {

    private final Evidence evidence;
    private final Assistance assistance;
    private final Visibility visibility;
    private final RecordFilters filters;

    EvidenceController(Evidence evidence, Assistance assistance, Visibility visibility, RecordFilters filters) {
        this.evidence = evidence;
        this.assistance = assistance;
        this.visibility = visibility;
        this.filters = filters;
    }

    @PostMapping(path = "/activities/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceFile> upload(@PathVariable long id, @RequestParam MultipartFile file) throws IOException {
        Activity activity = activity(id);
        filters.writable(activity.programmeId(), activity);
        EvidenceFile stored;
        try (InputStream in = file.getInputStream()) {
            stored = evidence.attach(id, file.getOriginalFilename(), in);
        }
        return ResponseEntity.created(URI.create("/api/v1/evidence/" + stored.id())).body(stored);
    }

    @GetMapping("/activities/{id}/evidence")
    List<EvidenceFile> files(@PathVariable long id) {
        return evidence.files(activity(id).id());
    }

    @GetMapping("/evidence/{id}")
    ResponseEntity<Resource> download(@PathVariable long id) {
        EvidenceFile file = evidence.find(id).orElseThrow(() -> new NotFoundException("evidence", String.valueOf(id)));
        try {
            activity(file.activityId());
        } catch (NotFoundException e) {
            throw new NotFoundException("evidence", String.valueOf(id));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), UTF_8)
                        .build().toString())
                .body(new FileSystemResource(evidence.content(id)));
    }

    private Activity activity(long id) {
        Activity activity = assistance.activity(id).orElseThrow(() -> new NotFoundException("activity", String.valueOf(id)));
        try {
            ProgrammeAccess.visible(visibility, assistance.programme(activity.programmeId()).orElse(null), activity.programmeId());
        } catch (NotFoundException e) {
            throw new NotFoundException("activity", String.valueOf(id));
        }
        return activity;
    }
}
