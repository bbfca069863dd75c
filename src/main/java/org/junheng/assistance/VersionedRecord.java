package org.junheng.assistance;

/**
 * A programme record that is read, changed and audited one by one: an identity, and a version that
 * counts its changes (optimistic locking — an update names the version it was read at).
 */
public interface VersionedRecord extends ProgrammeRecord {

    long id();

    int version();
}
