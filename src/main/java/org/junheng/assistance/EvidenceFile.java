package org.junheng.assistance;

import java.time.Instant;

/** A file that documents an activity (photo, sign-in sheet, minutes), with its SHA-256 checksum. */
public record EvidenceFile(long id, long activityId, String fileName, String mediaType, long sizeBytes, String sha256,
                           Instant uploadedAt) {
}
