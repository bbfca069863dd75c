package org.junheng.importing;

/**
 * A template whose records belong to another module (e.g. the activities and placements of
 * assistance programmes): that module parses, checks and stores the rows, the importer reads the
 * file, reports the errors and keeps the all-or-nothing transaction.
 */
public interface ContributedImport {

    ImportType type();

    /** A fresh template for one file, writing only within {@code scope}. */
    TemplateImport<?> start(ImportScope scope);
}
