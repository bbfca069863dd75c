package org.junheng.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.junheng.registry.CountyFact;
import org.junheng.registry.CountyFacts;
import org.junheng.registry.RegionCode;
import org.junheng.registry.RegionLevel;

/** The {@code county-facts} template: what one county reports for one year, with its evidence. */
final class CountyFactsImport implements TemplateImport<CountyFacts> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Predicate<String> countyKnown;
    private final Consumer<List<CountyFacts>> sink;
    private final Map<String, Integer> firstRowOfCountyYear = new HashMap<>();

    /**
     * @param countyKnown whether a county code is registered
     * @param sink        takes each checked batch of a file that is still free of errors
     */
    CountyFactsImport(Predicate<String> countyKnown, Consumer<List<CountyFacts>> sink) {
        this.countyKnown = countyKnown;
        this.sink = sink;
    }

    static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.required("year", "统计年度", "统计年度，如 2025", "statistics year, e.g. 2025"));
        columns.add(Column.required("county_code", "县级区划代码", "6 位 GB/T 2260 县级代码（须已登记）",
                "6-digit county code (already registered)"));
        for (CountyFact fact : CountyFact.values()) {
            String how = switch (fact.kind()) {
                case YES_NO -> "是/否";
                case PERCENT -> "0–100";
                case AMOUNT -> "≥ 0";
                case COUNT -> "整数 whole number";
            };
            columns.add(Column.optional(fact.key(), fact.chineseName(), fact.chineseName() + "（" + how + "，未知可空）",
                    fact.englishMeaning() + " (" + how + ", empty when unknown)"));
        }
        columns.add(Column.optional("evidence", "佐证材料说明", "佐证材料：文件名称、文号、链接等", "evidence: documents, references, links"));
        return columns;
    }

    @Override
    public CountyFacts parse(RowValues cells) {
        Integer year = cells.integer("year", 1990, 2100);
        String county = cells.text("county_code", 6);
        if (county != null && (!RegionCode.isValid(county) || new RegionCode(county).level() != RegionLevel.COUNTY)) {
            cells.error("county_code", "value.region_code", county);
        }
        Map<CountyFact, BigDecimal> values = new EnumMap<>(CountyFact.class);
        for (CountyFact fact : CountyFact.values()) {
            if (cells.raw(fact.key()) == null) {
                continue;
            }
            BigDecimal value = switch (fact.kind()) {
                case YES_NO -> {
                    Boolean flag = cells.flag(fact.key());
                    yield flag == null ? null : flag ? BigDecimal.ONE : BigDecimal.ZERO;
                }
                case PERCENT -> {
                    BigDecimal percent = cells.amount(fact.key());
                    if (percent != null && percent.compareTo(HUNDRED) > 0) {
                        cells.error(fact.key(), "value.range", percent.toPlainString(), "0", "100");
                        yield null;
                    }
                    yield percent;
                }
                case AMOUNT -> cells.amount(fact.key());
                case COUNT -> {
                    Integer count = cells.count(fact.key());
                    yield count == null ? null : BigDecimal.valueOf(count);
                }
            };
            if (value != null) {
                values.put(fact, value);
            }
        }
        String evidence = cells.raw("evidence") == null ? null : cells.text("evidence", 4000);
        if (!cells.valid()) {
            return null;
        }
        return new CountyFacts(county, year, values, evidence);
    }

    @Override
    public void check(List<ParsedRow<CountyFacts>> batch) {
        for (ParsedRow<CountyFacts> row : batch) {
            CountyFacts facts = row.value();
            String key = facts.year() + "/" + facts.countyCode();
            Integer first = firstRowOfCountyYear.putIfAbsent(key, row.rowNumber());
            if (first != null) {
                row.cells().error("county_code", "row.duplicate", String.valueOf(first), key);
            } else if (!countyKnown.test(facts.countyCode())) {
                row.cells().error("county_code", "county.unknown", facts.countyCode());
            }
        }
    }

    @Override
    public void store(List<CountyFacts> batch) {
        sink.accept(batch);
    }
}
