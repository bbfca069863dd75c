package org.junheng.web;

import org.springframework.http.ResponseEntity;

/**
 * Optimistic locking over HTTP: a record's version travels as its entity tag; an update must send
 * the tag it read in {@code If-Match} (428 without one, 412 when the record has changed since).
 */
public final class Versions {

    /** An update without {@code If-Match}. */
    public static class PreconditionRequired extends RuntimeException {
        PreconditionRequired() {
            super("send the record's ETag in If-Match to update it");
        }
    }

    private Versions() {
    }

    public static <T> ResponseEntity<T> tagged(T body, int version) {
        return ResponseEntity.ok().eTag(tag(version)).body(body);
    }

    public static String tag(int version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names; a tag that names no version matches none. */
    public static int ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequired();
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
