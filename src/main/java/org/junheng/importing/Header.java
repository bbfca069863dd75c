package org.junheng.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a file, bound to a template: which column holds which key. Each heading may be
 * the English key or the Chinese header; headings that belong to no column are errors.
 */
final class Header {

    private final ImportType type;
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final Map<String, String> headingByKey = new HashMap<>();

    /**
     * The columns' indexes in a table of their own, open addressing on the key's hash: looked up for every cell of
     * every row (millions in a national file), without boxing or the map's nodes. Built once the header is bound.
     */
    private String[] tableKeys;
    private int[] indexTable;

    private Header(ImportType type) {
        this.type = type;
    }

    static Header bind(ImportType type, TableRow row, ImportErrors errors) {
        Header header = new Header(type);
        for (int i = 0; i < row.cells().size(); i++) {
            String heading = clean(row.cell(i));
            if (heading.isEmpty()) {
                continue;
            }
            Optional<Column> column = columnFor(type, heading);
            if (column.isEmpty()) {
                errors.add(row.number(), null, heading, i, "header.unknown", heading);
            } else if (header.indexByKey.containsKey(column.get().key())) {
                errors.add(row.number(), column.get().key(), heading, i, "header.duplicate", heading);
            } else {
                header.indexByKey.put(column.get().key(), i);
                header.headingByKey.put(column.get().key(), heading);
            }
        }
        for (Column column : type.columns()) {
            if (column.required() && !header.indexByKey.containsKey(column.key())) {
                String name = errors.messages().english() ? column.key() : column.chineseHeader() + " (" + column.key() + ")";
                errors.add(row.number(), column.key(), null, -1, "header.missing", name);
            }
        }
        header.buildTable();
        return header;
    }

    private static Optional<Column> columnFor(ImportType type, String heading) {
        String key = heading.toLowerCase(Locale.ROOT);
        return type.columns().stream()
                .filter(c -> c.key().equals(key) || c.chineseHeader().equals(heading))
                .findFirst();
    }

    private static String clean(String heading) {
        return heading == null ? "" : heading.replace("\uFEFF", "").strip();
    }

    /** A row that merely repeats the headings (the second header row of Junheng's own templates). */
    boolean isRepeatedHeading(TableRow row) {
        if (indexByKey.isEmpty()) {
            return false;
        }
        return indexByKey.entrySet().stream().allMatch(e -> {
            String cell = clean(row.cell(e.getValue()));
            return columnFor(type, cell).map(c -> c.key().equals(e.getKey())).orElse(false);
        });
    }

    boolean has(String key) {
        return indexByKey.containsKey(key);
    }

    int index(String key) {
        int mask = tableKeys.length - 1;
        for (int slot = key.hashCode() & mask; ; slot = (slot + 1) & mask) {
            String k = tableKeys[slot];
            if (k == key || k != null && k.equals(key)) {
                return indexTable[slot];
            }
            if (k == null) {
                return -1;
            }
        }
    }

    private void buildTable() {
        int size = Integer.highestOneBit(Math.max(4, indexByKey.size() * 4) - 1) << 1;
        tableKeys = new String[size];
        indexTable = new int[size];
        for (Map.Entry<String, Integer> e : indexByKey.entrySet()) {
            int slot = e.getKey().hashCode() & (size - 1);
            while (tableKeys[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            tableKeys[slot] = e.getKey();
            indexTable[slot] = e.getValue();
        }
    }

    String heading(String key) {
        return headingByKey.get(key);
    }

    List<Column> columns() {
        return type.columns();
    }
}
