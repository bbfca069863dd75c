package org.junheng;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junheng.importing.DataGenerator;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.ImportReport;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;

import static org.assertj.core.api.Assertions.assertThat;

/** Generates demo counties into a directory and imports the given files of them, each of which must be stored. */
public final class DemoImport {

    private DemoImport() {
    }

    public static void importDemo(Importer importer, Path directory, int counties, ImportType... types) throws IOException {
        DataGenerator.generate(DataGenerator.Kind.DEMO, counties, 2025, true, directory, c -> { });
        for (ImportType type : types) {
            try (InputStream in = Files.newInputStream(directory.resolve(type.key() + ".csv"))) {
                ImportReport report = importer.importFile(type, in, type.key() + ".csv", Locale.ENGLISH, ImportProgress.NONE);
                assertThat(report.stored()).as("%s", report.errors()).isTrue();
            }
        }
    }
}
