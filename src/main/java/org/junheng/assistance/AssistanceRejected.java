package org.junheng.assistance;

/** A programme, need or placement that cannot be recorded as given, naming the field at fault. */
public class AssistanceRejected extends RuntimeException {

    private final String field;

    AssistanceRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
