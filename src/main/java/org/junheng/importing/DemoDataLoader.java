package org.junheng.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.junheng.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo province into an empty database when the server starts, so a first look at
 * Junheng shows real-looking work. {@code junheng.demo.load-on-first-start=false} turns it off.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "junheng.demo.load-on-first-start", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final long DEMO_SEED = 2025;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Registry registry;
    private final Importer importer;
    private final ApplicationEventPublisher events;

    DemoDataLoader(Registry registry, Importer importer, ApplicationEventPublisher events) {
        this.registry = registry;
        this.importer = importer;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (registry.countSchools() > 0) {
            return;
        }
        Path dir = Files.createTempDirectory("junheng-demo");
        try {
            log.info("Empty database: loading the demo province / 数据库为空，正在载入示范省数据");
            DataGenerator.generate(DataGenerator.Kind.DEMO, null, DEMO_SEED, true, dir, counties -> { });
            for (ImportType type : new ImportType[] {ImportType.REGIONS, ImportType.SCHOOL_STATS, ImportType.TEACHERS,
                    ImportType.COUNTY_FACTS}) {
                Path file = dir.resolve(type.key() + ".csv");
                try (InputStream in = Files.newInputStream(file)) {
                    ImportReport report = importer.importFile(type, in, file.getFileName().toString(), Locale.ROOT,
                            ImportProgress.NONE);
                    if (!report.stored()) {
                        throw new IllegalStateException("demo " + type.key() + " rejected: " + report.errors());
                    }
                    log.info("Demo {}: {} rows", type.key(), report.rowsStored());
                }
            }
            events.publishEvent(new DemoLoaded());
        } finally {
            deleteRecursively(dir);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
