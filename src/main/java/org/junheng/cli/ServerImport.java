package org.junheng.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junheng.importing.ImportReport;
import org.junheng.importing.ImportType;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a file through a running server's API ({@code POST /api/v1/imports}) with a personal
 * API token, for when the server holds the embedded database: the import is then checked against
 * the token owner's scope and audited under their name, as an upload from the import page is.
 */
final class ServerImport {

    /** What the server answered: the report, or why there is none. */
    record Outcome(ImportReport report, String failure) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ServerImport() {
    }

    static Outcome send(URI server, String token, ImportType type, Path file, Locale locale) throws IOException,
            InterruptedException {
        String boundary = "junheng-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type.key() + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName().toString().replaceAll("[\"\\\\\\r\\n]", "_") + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        long length = head.getBytes(StandardCharsets.UTF_8).length + Files.size(file) + tail.length();
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/v1/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", locale.getLanguage())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofHours(1))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body(head, file,
                        tail)), length))
                .build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            return new Outcome(null, server + ": 无法连接服务器 / cannot connect");
        }
        return switch (response.statusCode()) {
            case 200 -> new Outcome(JSON.readValue(response.body(), ImportReport.class), null);
            case 422 -> new Outcome(JSON.treeToValue(JSON.readTree(response.body()).get("report"), ImportReport.class), null);
            default -> new Outcome(null, server + ": " + response.statusCode() + " " + detail(response.body()));
        };
    }

    private static InputStream body(String head, Path file, String tail) {
        try {
            return new SequenceInputStream(Collections.enumeration(List.of(
                    new java.io.ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), Files.newInputStream(file),
                    new java.io.ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String detail(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.has("detail") ? problem.get("detail").asString() : body;
        } catch (RuntimeException e) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }
}
