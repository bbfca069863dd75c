package org.junheng.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCodeTest {

    @Test
    void aCodeEndingIn0000IsAProvinceAndHasNoParent() {
        RegionCode zhejiang = new RegionCode("330000");

        assertThat(zhejiang.level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(zhejiang.parent()).isEmpty();
    }

    @Test
    void aCodeEndingIn00IsACityUnderItsProvince() {
        RegionCode hangzhou = new RegionCode("330100");

        assertThat(hangzhou.level()).isEqualTo(RegionLevel.CITY);
        assertThat(hangzhou.parent()).contains(new RegionCode("330000"));
    }

    @Test
    void anyOtherCodeIsACountyUnderItsCity() {
        RegionCode chunan = new RegionCode("330127");

        assertThat(chunan.level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(chunan.parent()).contains(new RegionCode("330100"));
    }

    @Test
    void aCodeIsSixDigitsAndACountyCannotSitDirectlyUnderAProvince() {
        assertThat(RegionCode.isValid("33012")).isFalse();
        assertThat(RegionCode.isValid("3301270")).isFalse();
        assertThat(RegionCode.isValid("33O127")).isFalse();
        assertThat(RegionCode.isValid("000127")).isFalse();
        assertThat(RegionCode.isValid("330027")).isFalse();
        assertThatThrownBy(() -> new RegionCode("abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
