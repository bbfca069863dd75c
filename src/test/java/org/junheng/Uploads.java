package org.junheng;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static java.nio.charset.StandardCharsets.UTF_8;

/** The multipart body of {@code POST /api/v1/imports}, as a browser or curl sends it. */
public final class Uploads {

    private Uploads() {
    }

    public static MultiValueMap<String, Object> upload(String type, String fileName, String content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("type", type);
        body.add("file", new ByteArrayResource(content.getBytes(UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return body;
    }
}
