package org.junheng.web;

/** A request parameter with a value the API does not accept. */
public class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String value;

    public BadParameterException(String parameter, String value) {
        super(parameter + "=" + value);
        this.parameter = parameter;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }
}
