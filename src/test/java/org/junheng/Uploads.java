package org.junheng;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static java.nio.charset.StandardCharsets.UTF_8;

/** Multipart bodies as a browser or curl sends them. */
public final class Uploads {

    private Uploads() {
    }

    /** The body of {@code POST /api/v1/imports}. */
    public static MultiValueMap<String, Object> upload(String type, String fileName, String content) {
        MultiValueMap<String, Object> body = file(fileName, content.getBytes(UTF_8));
        body.add("type", type);
        return body;
    }

    /** A body with one part {@code file}. */
    public static MultiValueMap<String, Object> file(String fileName, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return body;
    }
}
