package org.junheng.assessment;

/** A profile file that cannot be used, naming the key (dotted, e.g. {@code limits.junior}) at fault. */
public class ProfileRejected extends RuntimeException {

    private final String key;

    ProfileRejected(String key, String message) {
        super((key == null ? "" : key + ": ") + message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
