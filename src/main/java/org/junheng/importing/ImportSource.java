package org.junheng.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to import that can be read more than once: an import reads it through to check every row
 * before it writes anything, then again to store it.
 */
@FunctionalInterface
public interface ImportSource {

    InputStream open() throws IOException;

    static ImportSource of(Path file) {
        return () -> Files.newInputStream(file);
    }
}
