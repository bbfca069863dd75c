package org.junheng.security;

/**
 * A change refused because it reaches beyond the writer's scope; nothing was changed.
 */
public class WriteRefused extends RuntimeException {

    /** How the refusal is answered. */
    public enum Reason {
        /** The target does not exist for the writer (outside the scope it is not shown either): 404. */
        HIDDEN,
        /** The writer sees the target but it is not theirs to change: 403. */
        FORBIDDEN,
        /** A field names something the writer may not write into (a school of another county): 400 naming it. */
        FIELD
    }

    private final Reason reason;
    private final String field;
    private final String code;

    /** @param code names the rule, for pages to say it in the user's language ({@code write.<code>} in the message bundle) */
    WriteRefused(Reason reason, String field, String code, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Reason reason() {
        return reason;
    }

    /** The field of the request at fault (for {@link Reason#FIELD}), or what was not found. */
    public String field() {
        return field;
    }
}
