package org.junheng.registry;

/** Tags that decide which assistance schemes a county falls under. */
public enum RegionTag implements Labelled {
    MOUNTAIN("山区县"),
    ISLAND("海岛县"),
    REVOLUTIONARY_BASE("革命老区"),
    KEY_ASSISTANCE("乡村振兴重点帮扶县"),
    ETHNIC("民族地区");

    private final String chineseName;

    RegionTag(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
