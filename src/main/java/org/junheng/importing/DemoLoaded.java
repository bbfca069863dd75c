package org.junheng.importing;

/** Published once the demo province's files are imported into an empty database, for other modules to add their demo data. */
public record DemoLoaded() {
}
