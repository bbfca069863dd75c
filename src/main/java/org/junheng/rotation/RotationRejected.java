package org.junheng.rotation;

/** A problem or rules that no plan can be made from (a lock on an unknown teacher, a roster at odds with the statistics …). */
public class RotationRejected extends RuntimeException {

    RotationRejected(String message) {
        super(message);
    }
}
