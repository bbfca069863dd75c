package org.junheng.security;

/** What a user may do. Region scoping of each role arrives with the security issue; today every role sees everything. */
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

    static Role fromKey(String key) {
        for (Role role : values()) {
            if (role.key.equals(key)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role " + key);
    }
}
