package org.junheng.assistance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence file accepted: documents and photos. A file must carry the extension of its
 * type and begin with that type's signature, so a renamed executable is not stored as a "photo".
 */
public enum EvidenceType {
    PDF("application/pdf", signature("%PDF-"), "pdf"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip(), "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", zip(), "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", zip(), "pptx");

    private final String mediaType;
    private final byte[] signature;
    private final String[] extensions;

    EvidenceType(String mediaType, byte[] signature, String... extensions) {
        this.mediaType = mediaType;
        this.signature = signature;
        this.extensions = extensions;
    }

    private static byte[] signature(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] zip() {
        return new byte[] {'P', 'K', 3, 4};
    }

    public String mediaType() {
        return mediaType;
    }

    static int signatureLength() {
        return 8;
    }

    /** The type a file name's extension names. */
    static Optional<EvidenceType> ofFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(extension)).findFirst();
    }

    boolean begins(byte[] head, int length) {
        return length >= signature.length && Arrays.equals(Arrays.copyOf(head, signature.length), signature);
    }

    static String accepted() {
        return "pdf, jpg, png, docx, xlsx, pptx";
    }
}
