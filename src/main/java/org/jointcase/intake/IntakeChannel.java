package org.jointcase.intake;

/**
 * Where an item came in: the 12315 hotline and web platform, online dispute resolution by a business that joined it,
 * a letter, a visit, another hotline (12345 …).
 */
public enum IntakeChannel {
	HOTLINE_12315, PLATFORM_12315, ODR, LETTER, VISIT, OTHER_HOTLINE
}
