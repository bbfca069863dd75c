package org.junheng.web;

/** The paging rules of the API: {@code page} from 0, {@code size} from 1 to 500. */
public final class Paging {

    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw new BadParameterException("page", String.valueOf(page));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("size", String.valueOf(size));
        }
    }
}
