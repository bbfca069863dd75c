package org.junheng.importing;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.junheng.registry.Labelled;
import org.junheng.registry.Region;
import org.junheng.registry.RegionCode;
import org.junheng.registry.RegionTag;
import org.junheng.registry.Registry;

/** The {@code regions} template: names and tags of provinces, cities and counties. */
final class RegionsImport implements TemplateImport<Region> {

    private final Registry registry;
    private final ImportScope scope;
    private final Consumer<List<Region>> stored;
    private final Map<String, Integer> firstRowOfCode = new HashMap<>();

    RegionsImport(Registry registry, ImportScope scope, Consumer<List<Region>> stored) {
        this.registry = registry;
        this.scope = scope;
        this.stored = stored;
    }

    @Override
    public Region parse(RowValues cells) {
        String code = cells.text("region_code", 6);
        if (code != null && !RegionCode.isValid(code)) {
            cells.error("region_code", "value.region_code_any", code);
            code = null;
        }
        String name = cells.text("region_name", 100);
        Set<RegionTag> tags = EnumSet.noneOf(RegionTag.class);
        String tagText = cells.raw("tags");
        if (tagText != null) {
            for (String t : tagText.split("[;；,，]")) {
                if (t.isBlank()) {
                    continue;
                }
                Optional<RegionTag> tag = Labelled.parse(RegionTag.class, t);
                if (tag.isPresent()) {
                    tags.add(tag.get());
                } else {
                    cells.error("tags", "value.enum", t.strip(), "mountain 山区县, island 海岛县, "
                            + "revolutionary_base 革命老区, key_assistance 乡村振兴重点帮扶县, ethnic 民族地区");
                }
            }
        }
        return cells.valid() ? Region.of(new RegionCode(code), name, tags) : null;
    }

    @Override
    public void check(List<ParsedRow<Region>> batch) {
        for (ParsedRow<Region> row : batch) {
            Integer first = firstRowOfCode.putIfAbsent(row.value().code(), row.rowNumber());
            if (first != null) {
                row.cells().error("region_code", "row.duplicate", String.valueOf(first), row.value().code());
            } else if (!scope.regionAllowed().test(row.value().code())) {
                row.cells().error("region_code", "scope.region", row.value().code());
            }
        }
    }

    @Override
    public void store(List<Region> batch) {
        batch.forEach(registry::saveRegion);
        stored.accept(batch);
    }
}
