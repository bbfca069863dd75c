package org.junheng.registry;

import java.util.Set;

/** A province, city or county. {@code parentCode} is null for a province. */
public record Region(String code, String name, RegionLevel level, String parentCode, Set<RegionTag> tags) {

    public Region {
        tags = Set.copyOf(tags);
    }

    public static Region of(RegionCode code, String name, Set<RegionTag> tags) {
        return new Region(code.value(), name, code.level(), code.parent().map(RegionCode::value).orElse(null), tags);
    }
}
