package org.junheng.assistance;

/** Thrown when a record was changed by someone else since the caller read it (optimistic locking). */
public class StaleRecord extends RuntimeException {

    StaleRecord(String type, long id) {
        super(type + " " + id + " was changed by someone else; reload it");
    }
}
