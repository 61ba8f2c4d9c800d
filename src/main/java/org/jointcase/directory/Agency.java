package org.jointcase.directory;

/**
 * One department's office in one region. Its code is {@code <region code>-<department code>}, e.g. {@code 3401-MR},
 * and never changes.
 */
public record Agency(String code, String departmentCode, String regionCode, String nameZh, String nameEn)
		implements java.io.Serializable {

	public static String codeOf(String regionCode, String departmentCode) {
		return regionCode + "-" + departmentCode;
	}
}
