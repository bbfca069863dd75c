package org.junheng.security;

/** What a user may do; what they may see is their {@link Scope}. */
public enum Role {
    SYSTEM_ADMIN("system_admin"),
    PROVINCE_OFFICER("province_officer"),
    COUNTY_OFFICER("county_officer"),
    SCHOOL_ADMIN("school_admin"),
    RESEARCHER("researcher"),
    INSPECTOR("inspector"),
    TEACHER("teacher");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the role may change data (inspectors only read; researchers and teachers record in later modules). */
    public boolean writes() {
        return this == SYSTEM_ADMIN || this == PROVINCE_OFFICER || this == COUNTY_OFFICER || this == SCHOOL_ADMIN;
    }

    static Role fromKey(String key) {
        for (Role role : values()) {
            if (role.key.equals(key)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role " + key);
    }
}
