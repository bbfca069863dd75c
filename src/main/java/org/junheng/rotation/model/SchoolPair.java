package org.junheng.rotation.model;

/** Two schools already paired in an assistance programme (in either order). */
public record SchoolPair(String first, String second) {

    public static SchoolPair of(String a, String b) {
        return a.compareTo(b) <= 0 ? new SchoolPair(a, b) : new SchoolPair(b, a);
    }
}
