package org.jointcase.intake;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jointcase.cases.CreditCode;

/**
 * One complaint or report as a channel hands it over; the limits are those of the database columns. The channel's
 * own {@code workOrder} number identifies it: taken in twice, it is the same item.
 *
 * @param receivedAt when the channel took it; now when absent
 * @param person who complains or reports; {@code realName=false} (or no person) for an anonymous report
 */
public record IntakeItemInput(@NotNull IntakeKind kind, @NotNull IntakeChannel channel,
		@NotBlank @Size(max = IntakeLimits.WORK_ORDER)
		@Pattern(regexp = "[A-Za-z0-9._/-]+", message = "letters, digits and . _ / - only") String workOrder,
		Instant receivedAt, @Valid Person person, @NotNull @Valid Business business,
		@NotBlank @Size(max = IntakeLimits.FACTS) String facts,
		@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
		@Size(max = IntakeLimits.DESIRED_OUTCOME) String desiredOutcome) {

	/** The complainant or informant; confidential like a case's informant. */
	public record Person(@Size(max = IntakeLimits.PERSON_NAME) String name,
			@Size(max = IntakeLimits.PERSON_CONTACT) String contact, boolean realName) {

		@Override
		public String toString() {
			return "Person[realName=" + realName + "]";
		}
	}

	/** The business the item is about; the region, else the credit code, routes it. */
	public record Business(@NotBlank @Size(max = IntakeLimits.BUSINESS_NAME) String name,
			@CreditCode @Size(max = IntakeLimits.CREDIT_CODE) String creditCode,
			@Size(max = IntakeLimits.BUSINESS_ADDRESS) String address,
			@Size(max = IntakeLimits.BUSINESS_REGION) String regionCode) {
	}

	boolean realName() {
		return person != null && person.realName();
	}
}
