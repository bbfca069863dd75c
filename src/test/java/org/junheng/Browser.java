package org.junheng;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** A browser session on the pages: its cookies, and the CSRF token of the last page read; redirects are not followed. */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    public final HttpClient http;
    private final int port;
    public String csrf;

    public Browser(int port) {
        this(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private Browser(int port, HttpClient http) {
        this.port = port;
        this.http = http;
    }

    /** The same browser, its cookies and all, on another server (as a load balancer would send it there). */
    public Browser at(int otherPort) {
        Browser there = new Browser(otherPort, http);
        there.csrf = csrf;
        return there;
    }

    /** Uploads a file on the import page (as its form does, without htmx): answered with a redirect to the import. */
    public HttpResponse<String> uploadImport(String type, String fileName, String content) throws IOException, InterruptedException {
        String boundary = "junhengBoundary42";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return http.send(HttpRequest.newBuilder(uri("/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    /** Follows an import's page as htmx polls it, until it is no longer running: its result. */
    public String awaitImport(String path) throws IOException, InterruptedException {
        for (int i = 0; i < 300; i++) {
            HttpResponse<String> poll = http.send(HttpRequest.newBuilder(uri(path)).header("HX-Request", "true").build(),
                    HttpResponse.BodyHandlers.ofString(UTF_8));
            assertThat(poll.statusCode()).isEqualTo(200);
            assertThat(poll.body()).doesNotContain("<html");
            if (!poll.body().contains("id=\"import-running\"")) {
                return poll.body();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish");
    }

    /** A page as a browser asks for it: HTML first. */
    public HttpResponse<String> visit(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    public Browser signIn(String username, String password) throws IOException, InterruptedException {
        get("/login");
        HttpResponse<String> response = post("/login", Map.of("username", username, "password", password));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return this;
    }

    /** Signs in and returns the answer, whatever it is (a refused sign-in redirects to /login?error). */
    public HttpResponse<String> signInResponse(String username, String password) throws IOException, InterruptedException {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
