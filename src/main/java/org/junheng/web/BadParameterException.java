package org.junheng.web;

/** A request parameter with a value the API does not accept. */
class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String value;

    BadParameterException(String parameter, String value) {
        super(parameter + "=" + value);
        this.parameter = parameter;
        this.value = value;
    }

    String parameter() {
        return parameter;
    }

    String value() {
        return value;
    }
}
