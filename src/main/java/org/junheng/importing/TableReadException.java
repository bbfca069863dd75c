package org.junheng.importing;

/** The file could not be read to its end (truncated archive, broken XML, bad encoding). */
final class TableReadException extends RuntimeException {

    TableReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
