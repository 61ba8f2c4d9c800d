package org.jointcase.directory;

/** A line of government (market regulation, public security …), by its short code such as {@code MR}. */
public record Department(String code, String nameZh, String nameEn) {
}
