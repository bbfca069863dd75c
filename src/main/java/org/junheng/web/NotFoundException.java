package org.junheng.web;

/** The record asked for does not exist, or lies outside the caller's scope (which answers the same). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super(id.isEmpty() ? kind : kind + " " + id);
    }
}
