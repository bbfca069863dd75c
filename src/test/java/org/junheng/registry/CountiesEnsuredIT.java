package org.junheng.registry;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junheng.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Counties an import names are made sure of, with their city and province, in one pass for a whole batch. */
@IntegrationTest
class CountiesEnsuredIT {

    @Autowired
    Registry registry;

    @Test
    void countiesOfAnUnknownProvinceAreCreatedWithTheirCityAndProvinceAndAKnownCountyIsRenamed() {
        // given a county of Tibet already registered under another name
        registry.ensureCounty(new RegionCode("540102"), "旧名");

        // when a batch names it and two more counties of Tibet, one in a city not yet registered
        Map<RegionCode, String> counties = new LinkedHashMap<>();
        counties.put(new RegionCode("540102"), "城关区");
        counties.put(new RegionCode("540103"), "堆龙德庆区");
        counties.put(new RegionCode("540202"), "桑珠孜区");
        registry.ensureCounties(counties);

        // then every county has its name, under its city and province: the province by its name, the cities by code
        assertThat(registry.findRegion("540102")).get().extracting(Region::name, Region::parentCode)
                .containsExactly("城关区", "540100");
        assertThat(registry.findRegion("540103")).get().extracting(Region::name).isEqualTo("堆龙德庆区");
        assertThat(registry.findRegion("540202")).get().extracting(Region::name, Region::parentCode)
                .containsExactly("桑珠孜区", "540200");
        assertThat(registry.findRegion("540200")).get().extracting(Region::name, Region::parentCode)
                .containsExactly("540200", "540000");
        assertThat(registry.findRegion("540000")).get().extracting(Region::name).isEqualTo("西藏自治区");
    }
}
