package org.junheng.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Everything a page's controller (and the page-wide advice) put into its model, compared by value: the
 * key under which a part of the page reading only its model, its language and its messages is rendered
 * once ({@link RenderedFragments}). {@link Derived} attributes are left out: they are worked out from the
 * others. A value compared by identity (a class without {@code equals}) makes
 * every key new — the part is then rendered every time, never shown from other data.
 */
public record PageKey(Map<String, Object> attributes) {

    /** The model as it stands; call it after the last attribute is added. */
    public static PageKey of(Model model) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        model.asMap().forEach((name, value) -> {
            if (!name.startsWith(BindingResult.MODEL_KEY_PREFIX) && !(value instanceof PageKey) && !(value instanceof Derived<?>)) {
                attributes.put(name, value);
            }
        });
        return new PageKey(java.util.Collections.unmodifiableMap(attributes));
    }
}
