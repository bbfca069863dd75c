package org.junheng.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The shared start of the pages' ECharts options, and the one test of a page's language. */
public final class Charts {

    private Charts() {
    }

    /** Whether a page is shown in English (else in Chinese, the default). */
    public static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /**
     * The start of a chart with a category axis and a legend: no animation (a chart is read, not
     * watched), a tooltip per category, labels kept inside the canvas.
     */
    public static Map<String, Object> axisChart(Map<String, Object> legend) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", legend);
        option.put("grid", Map.of("left", 10, "right", 20, "top", 40, "bottom", 10, "containLabel", true));
        return option;
    }
}
