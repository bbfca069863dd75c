package org.junheng.registry;

import java.util.List;
import java.util.Set;

/** A region with its sub-regions, for the region tree. */
public record RegionNode(String code, String name, RegionLevel level, Set<RegionTag> tags, List<RegionNode> children) {
}
