package org.jointcase.directory;

/** An administrative division by its GB/T 2260 code; {@code parentCode} is {@code null} for a province. */
public record Region(String code, String parentCode, RegionLevel level, String nameZh, String nameEn) {
}
