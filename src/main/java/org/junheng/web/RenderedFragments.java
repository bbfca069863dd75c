package org.junheng.web;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.TemplateManager;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.inline.NoOpInliner;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.processor.StandardXmlNsTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Parts of pages rendered once for the data they show: {@code <th:block jh:cache="${key}">…</th:block>}
 * renders its content the first time and gives the same markup again while the key, the language and
 * the place in the template are equal. The key is the data the part shows (see {@link PageKey}), compared
 * by value, so new data is a new key and never meets markup rendered from the old. A part that would
 * hold something of one session (a form's CSRF token, a session id in a link) is never kept. The least
 * recently used parts are forgotten beyond a number of parts or of characters; a kept part holds its key,
 * so the number of parts bounds the data kept with them too.
 */
@Component
public class RenderedFragments extends AbstractProcessorDialect {

    private static final Logger log = LoggerFactory.getLogger(RenderedFragments.class);

    /** Markup of one session that must not reach another. */
    private static final String[] SESSION_MARKS = {"_csrf", "jsessionid"};

    private record Key(String template, int line, int col, Locale locale, Object data) {
    }

    private final Map<Key, String> kept;
    private final long limit;
    private long characters;
    private final Counter hits;
    private final Counter misses;

    RenderedFragments(@Value("${junheng.pages.rendered-parts:48}") int parts,
                      @Value("${junheng.pages.rendered-characters:8000000}") long limit, MeterRegistry meters) {
        super("Junheng", "jh", 1000);
        this.limit = limit;
        this.kept = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
                if (size() <= parts) {
                    return false;
                }
                characters -= eldest.getValue().length();
                return true;
            }
        };
        this.hits = Counter.builder("junheng.pages.fragments").tag("result", "kept")
                .description("Parts of pages given again from markup rendered for the same data").register(meters);
        this.misses = Counter.builder("junheng.pages.fragments").tag("result", "rendered")
                .description("Parts of pages rendered").register(meters);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new CacheProcessor(dialectPrefix), new StandardXmlNsTagProcessor(TemplateMode.HTML, dialectPrefix));
    }

    private String kept(Key key) {
        synchronized (kept) {
            return kept.get(key);
        }
    }

    private void keep(Key key, String markup) {
        for (String mark : SESSION_MARKS) {
            if (markup.contains(mark)) {
                log.warn("Not keeping the markup of {} line {}: it holds something of one session ({})",
                        key.template(), key.line(), mark);
                return;
            }
        }
        synchronized (kept) {
            String before = kept.put(key, markup);
            characters += markup.length() - (before == null ? 0 : before.length());
            var eldest = kept.entrySet().iterator();
            while (characters > limit && eldest.hasNext()) {
                characters -= eldest.next().getValue().length();
                eldest.remove();
            }
        }
    }

    private final class CacheProcessor extends AbstractAttributeModelProcessor {

        CacheProcessor(String prefix) {
            // before every standard attribute: the element's own th:if, th:each… are part of what is kept
            super(TemplateMode.HTML, prefix, null, false, "cache", true, 0, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IModel model, AttributeName attributeName, String attributeValue,
                                 IElementModelStructureHandler structureHandler) {
            Object data = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue).execute(context);
            ITemplateEvent first = model.get(0);
            Key key = new Key(first.getTemplateName(), first.getLine(), first.getCol(), context.getLocale(), data);
            String markup = kept(key);
            if (markup != null) {
                hits.increment();
            } else {
                model.replace(0, context.getModelFactory().removeAttribute((IProcessableElementTag) first, attributeName));
                markup = render(context, model, first);
                misses.increment();
                keep(key, markup);
            }
            model.reset();
            model.add(context.getModelFactory().createText(markup));
            // the markup is output already: text such as [[…]] in it is what a user typed, never an expression
            structureHandler.setInliner(NoOpInliner.INSTANCE);
        }

        private static String render(ITemplateContext context, IModel model, ITemplateEvent first) {
            StringWriter source = new StringWriter();
            try {
                model.write(source);
            } catch (java.io.IOException impossible) {
                throw new java.io.UncheckedIOException(impossible);
            }
            TemplateManager templates = context.getConfiguration().getTemplateManager();
            TemplateModel parsed = templates.parseString(context.getTemplateData(), source.toString(), first.getLine(),
                    first.getCol(), null, true);
            StringWriter out = new StringWriter();
            templates.process(parsed, context, out);
            return out.toString();
        }
    }
}
