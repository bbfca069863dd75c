package org.junheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class RenderedFragmentsTest {

    private static final String PAGE = """
            <div><th:block jh:cache="${key}"><p th:text="${shown}">x</p><p th:if="${more}">more</p></th:block>\
            <span th:text="${perRequest}">y</span></div>""";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final TemplateEngine engine = engine(new RenderedFragments(8, 1_000_000, meters));

    private static TemplateEngine engine(RenderedFragments fragments) {
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.addDialect(fragments);
        return engine;
    }

    private String render(String template, Locale locale, Map<String, Object> variables) {
        return engine.process(template, new Context(locale, variables));
    }

    private double counted(String result) {
        return meters.counter("junheng.pages.fragments", "result", result).count();
    }

    @Test
    void aPartIsRenderedOnceForEqualKeysWhileTheRestOfThePageIsRenderedEveryTime() {
        String first = render(PAGE, Locale.CHINA, Map.of("key", "990303/2025", "shown", "河西区", "more", true, "perRequest", "1"));
        String second = render(PAGE, Locale.CHINA, Map.of("key", "990303/2025", "shown", "不会出现", "more", false,
                "perRequest", "2"));

        assertThat(first).isEqualTo("<div><p>河西区</p><p>more</p><span>1</span></div>");
        assertThat(second).isEqualTo("<div><p>河西区</p><p>more</p><span>2</span></div>");
        assertThat(counted("rendered")).isEqualTo(1);
        assertThat(counted("kept")).isEqualTo(1);
    }

    @Test
    void anotherKeyOrAnotherLanguageIsRenderedAnew() {
        render(PAGE, Locale.CHINA, Map.of("key", "2024", "shown", "old", "more", false, "perRequest", ""));

        String newData = render(PAGE, Locale.CHINA, Map.of("key", "2025", "shown", "new", "more", false, "perRequest", ""));
        String english = render(PAGE, Locale.ENGLISH, Map.of("key", "2024", "shown", "english", "more", false, "perRequest", ""));

        assertThat(newData).contains("<p>new</p>");
        assertThat(english).contains("<p>english</p>");
        assertThat(counted("rendered")).isEqualTo(3);
    }

    @Test
    void keysAreComparedByValueNotByIdentity() {
        render(PAGE, Locale.CHINA, Map.of("key", new PageKey(Map.of("year", 2025)), "shown", "a", "more", false, "perRequest", ""));

        String again = render(PAGE, Locale.CHINA, Map.of("key", new PageKey(Map.of("year", 2025)), "shown", "b", "more", false,
                "perRequest", ""));

        assertThat(again).contains("<p>a</p>");
    }

    @Test
    void textThatLooksLikeAnExpressionIsShownAsTypedWhenRenderedAndWhenGivenAgain() {
        Map<String, Object> variables = Map.of("key", "k", "shown", "[[${7 * 6}]] [(${7 * 6})]", "more", false, "perRequest", "");

        String rendered = render(PAGE, Locale.CHINA, variables);
        String kept = render(PAGE, Locale.CHINA, variables);

        assertThat(rendered).contains("<p>[[${7 * 6}]] [(${7 * 6})]</p>").doesNotContain("42");
        assertThat(kept).isEqualTo(rendered);
    }

    @Test
    void aPartHoldingAFormTokenOfOneSessionIsNeverKept() {
        String template = "<th:block jh:cache=\"${key}\"><input type=\"hidden\" name=\"_csrf\" th:value=\"${token}\"></th:block>";

        String mine = render(template, Locale.CHINA, Map.of("key", "k", "token", "mine"));
        String theirs = render(template, Locale.CHINA, Map.of("key", "k", "token", "theirs"));

        assertThat(mine).contains("mine");
        assertThat(theirs).contains("theirs").doesNotContain("mine");
        assertThat(counted("kept")).isZero();
    }

    @Test
    void theLeastRecentlyUsedPartsAreForgottenBeyondTheLimit() {
        TemplateEngine small = engine(new RenderedFragments(2, 1_000_000, meters));
        for (String key : new String[] {"a", "b", "c", "a"}) {
            small.process(PAGE, new Context(Locale.CHINA, Map.of("key", key, "shown", key, "more", false, "perRequest", "")));
        }

        assertThat(counted("rendered")).isEqualTo(4);
    }

    @Test
    void aDerivedAttributeIsWorkedOutOnlyWhenThePartIsRendered() {
        java.util.concurrent.atomic.AtomicInteger worked = new java.util.concurrent.atomic.AtomicInteger();

        String first = render(PAGE, Locale.CHINA, Map.of("key", "k", "shown", Derived.of(() -> "v" + worked.incrementAndGet()),
                "more", false, "perRequest", ""));
        String again = render(PAGE, Locale.CHINA, Map.of("key", "k", "shown", Derived.of(() -> "v" + worked.incrementAndGet()),
                "more", false, "perRequest", ""));

        assertThat(worked).hasValue(1);
        assertThat(again).isEqualTo(first).contains("<p>v1</p>");
    }

    @Test
    void aPageKeyIsTheModelsPlainAttributesByValueLeavingOutWhatIsDerivedFromThem() {
        org.springframework.ui.ExtendedModelMap one = new org.springframework.ui.ExtendedModelMap();
        one.addAttribute("year", 2025).addAttribute("rows", java.util.List.of("a", "b")).addAttribute("view", Derived.of(() -> 1));
        one.addAttribute(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "table", new Object());
        org.springframework.ui.ExtendedModelMap other = new org.springframework.ui.ExtendedModelMap();
        other.addAttribute("year", 2025).addAttribute("rows", new java.util.ArrayList<>(java.util.List.of("a", "b")))
                .addAttribute("view", Derived.of(() -> 2));
        org.springframework.ui.ExtendedModelMap newer = new org.springframework.ui.ExtendedModelMap();
        newer.addAttribute("year", 2025).addAttribute("rows", java.util.List.of("a", "c"));

        assertThat(PageKey.of(one)).isEqualTo(PageKey.of(other)).hasSameHashCodeAs(PageKey.of(other));
        assertThat(PageKey.of(one).attributes()).containsOnlyKeys("year", "rows");
        assertThat(PageKey.of(newer)).isNotEqualTo(PageKey.of(one));
    }
}
