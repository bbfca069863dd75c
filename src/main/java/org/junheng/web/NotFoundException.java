package org.junheng.web;

/** The record asked for does not exist (or, once scoping lands, is outside the caller's scope). */
class NotFoundException extends RuntimeException {

    NotFoundException(String kind, String id) {
        super(kind + " " + id);
    }
}
