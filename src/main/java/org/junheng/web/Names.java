package org.junheng.web;

import org.junheng.registry.Region;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.springframework.stereotype.Component;

/**
 * Names where a page holds a code: {@code ${@names.region(code)}}, {@code ${@names.school(code)}} —
 * the registered name, or the code itself when nothing by that code is registered.
 */
@Component("names")
public class Names {

    private final Registry registry;

    Names(Registry registry) {
        this.registry = registry;
    }

    public String region(String code) {
        return code == null ? "" : registry.findRegion(code).map(Region::name).orElse(code);
    }

    /**
     * The registered name, or null when the region has none: nothing by that code is registered, or only
     * its code (a city registered under a county's statistics, until a regions import names it). A page
     * then shows the code, as data.
     */
    public String regionName(String code) {
        return code == null ? null : registry.findRegion(code).map(Region::name).filter(name -> !name.equals(code))
                .orElse(null);
    }

    public String school(String code) {
        return code == null ? "" : registry.findSchool(code).map(School::name).orElse(code);
    }
}
