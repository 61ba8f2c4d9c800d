package org.jointcase.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake under {@code jointcase.intake}: {@code forwards} is how often an item may be forwarded from agency to agency
 * before a further dispute goes to the coordinators (as a disputed transfer goes to the common superior);
 * {@code triageRegion} is the region whose coordinators triage what the rules cannot place and whose province is not
 * known; {@code department} the department whose agencies are competent for complaints and reports. The forwarding
 * period itself is the deadline rule {@code forward-intake} ({@code jointcase.deadlines.forward-intake}).
 */
@ConfigurationProperties("jointcase.intake")
record IntakeSettings(@DefaultValue("1") int forwards, @DefaultValue("34") String triageRegion,
		@DefaultValue("MR") String department, @DefaultValue("5") int hotSpotItems, @DefaultValue("30") int hotSpotDays) {
}
