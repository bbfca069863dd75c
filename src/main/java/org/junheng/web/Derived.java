package org.junheng.web;

import java.util.function.Supplier;

import org.thymeleaf.context.LazyContextVariable;

/**
 * A model attribute worked out from the model's other attributes and the page's language only, and only
 * when the page reads it: not at all when the part of the page reading it is given again as rendered
 * ({@link RenderedFragments}). {@link PageKey} leaves it out — its inputs are the key already — so it
 * must never bring in anything else.
 */
public final class Derived<T> extends LazyContextVariable<T> {

    private final Supplier<T> work;

    private Derived(Supplier<T> work) {
        this.work = work;
    }

    public static <T> Derived<T> of(Supplier<T> work) {
        return new Derived<>(work);
    }

    /** The value, worked out at most once. */
    public T get() {
        return getValue();
    }

    @Override
    protected T loadValue() {
        return work.get();
    }
}
