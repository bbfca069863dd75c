package org.junheng.registry;

import java.util.List;

/** One page of a list; {@code page} counts from 0. */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> PageOf<T> of(List<T> content, int page, int size, long totalElements) {
        return new PageOf<>(content, page, size, totalElements, size == 0 ? 0 : (int) ((totalElements + size - 1) / size));
    }
}
