package org.junheng.importing;

import java.time.Duration;

/**
 * An import not started because others are writing or waiting: nothing of it was read or stored; it
 * may be sent again after {@code retryAfter}.
 */
public class ImportBusy extends RuntimeException {

    private final Duration retryAfter;

    ImportBusy(Duration retryAfter) {
        super("other imports are being stored; nothing of this file was stored: send it again in "
                + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
