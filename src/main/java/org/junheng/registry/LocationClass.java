package org.junheng.registry;

/** Urban-rural classification 城乡分类 of a school's site. */
public enum LocationClass implements Labelled {
    URBAN("城区"),
    TOWN("镇区"),
    RURAL("乡村");

    private final String chineseName;

    LocationClass(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
