package org.jointcase.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jointcase.directory.Agency;
import org.jointcase.directory.Directory;
import org.jointcase.directory.Region;
import org.jointcase.directory.RegionLevel;
import org.jointcase.intake.IntakeItemInput.Business;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Routing (分流) without a person choosing: the market-regulation agency of the district or county where the business
 * operates, from the business's region or, where only the credit code is known, from the registration authority's
 * division code inside it (characters 3–8); the city's agency where the district has none; otherwise the
 * coordinators of the province (or of the configured triage region) triage it. The directory's answers are kept for
 * the rest of the transaction that asked, so that the rows of a batch imported in one transaction route on one set of
 * look-ups.
 */
@Component
class IntakeRouting {

	static final String BUSINESS_REGION = "business-region";
	static final String CREDIT_CODE_DIVISION = "credit-code-division";
	static final String CITY_FALLBACK = "city-fallback";
	static final String FORWARDED = "forwarded";
	static final String DESIGNATED = "designated";
	static final String TRIAGE = "triage";

	private final Directory directory;
	private final IntakeSettings settings;

	IntakeRouting(Directory directory, IntakeSettings settings) {
		this.directory = directory;
		this.settings = settings;
	}

	/**
	 * Where the rules place an item: {@code agency} with the rule and why, or {@code agency == null} and the
	 * {@code triageAgency} whose coordinators decide.
	 */
	record Placement(String agency, String triageAgency, String rule, String detail) {

		boolean placed() {
			return agency != null;
		}
	}

	Placement place(Business business) {
		Optional<Region> fromRegion = region(business.regionCode());
		if (fromRegion.isPresent()) {
			return place(fromRegion.get(), BUSINESS_REGION, "the business's region " + fromRegion.get().code());
		}
		Optional<Region> fromCode = division(business.creditCode());
		if (fromCode.isPresent()) {
			return place(fromCode.get(), CREDIT_CODE_DIVISION,
					"the registration authority's division " + fromCode.get().code() + " in credit code "
							+ business.creditCode());
		}
		String why = business.regionCode() != null ? "the region " + business.regionCode() + " is not in the directory"
				: business.creditCode() != null ? "the division in credit code " + business.creditCode()
						+ " is not in the directory" : "neither the business's region nor its credit code is known";
		return triage(settings.triageRegion(), why);
	}

	/** The division code of characters 3–8 of a credit code, as the directory knows it (a city or province code ends in 00). */
	private Optional<Region> division(String creditCode) {
		if (creditCode == null || creditCode.length() < 8) {
			return Optional.empty();
		}
		String code = creditCode.substring(2, 8);
		while (code.length() > 2 && code.endsWith("00") && region(code).isEmpty()) {
			code = code.substring(0, code.length() - 2);
		}
		return region(code);
	}

	private Placement place(Region region, String rule, String from) {
		Optional<Agency> own = agency(Agency.codeOf(region.code(), settings.department()));
		if (region.level() != RegionLevel.PROVINCE && own.isPresent()) {
			return new Placement(own.get().code(), null, rule, "The agency of " + from);
		}
		if (region.level() == RegionLevel.DISTRICT && region.parentCode() != null) {
			Optional<Agency> city = agency(Agency.codeOf(region.parentCode(), settings.department()));
			if (city.isPresent()) {
				return new Placement(city.get().code(), null, CITY_FALLBACK, "No agency in the district of " + from
						+ ": the city's agency " + city.get().code());
			}
		}
		return triage(provinceOf(region), "no district or city agency for " + from);
	}

	/** The coordinators' placement: of the agency with a coordinator in the region or the nearest region above. */
	Placement triage(String region, String why) {
		String agency = Agency.codeOf(region, settings.department());
		String triageAgency = coordinatingAgency(agency, agency)
			.or(() -> {
				String fallback = Agency.codeOf(settings.triageRegion(), settings.department());
				return coordinatingAgency(fallback, fallback);
			})
			.map(Agency::code)
			.orElseThrow(() -> new IllegalStateException("No coordinator to triage intake items in " + region));
		return new Placement(null, triageAgency, TRIAGE, "The coordinators of " + triageAgency + " triage it: " + why);
	}

	private String provinceOf(Region region) {
		List<Region> chain = cached("ancestors " + region.code(), () -> directory.regionWithAncestors(region.code()));
		return chain.stream()
			.filter(r -> r.level() == RegionLevel.PROVINCE)
			.map(Region::code)
			.findFirst()
			.orElse(settings.triageRegion());
	}

	/**
	 * The coordinators who settle a second dispute between two agencies, as for a disputed transfer: of the lowest
	 * region containing both, or above.
	 */
	String coordinatorsOf(String agency, String otherAgency) {
		return coordinatingAgency(agency, otherAgency).map(Agency::code)
			.orElseGet(() -> triage(settings.triageRegion(), "").triageAgency());
	}

	private Optional<Region> region(String code) {
		return code == null ? Optional.empty() : cached("region " + code, () -> directory.region(code));
	}

	private Optional<Agency> agency(String code) {
		return cached("agency " + code, () -> directory.agency(code));
	}

	private Optional<Agency> coordinatingAgency(String agency, String otherAgency) {
		return cached("coordinators " + agency + " " + otherAgency,
				() -> directory.coordinatingAgency(agency, otherAgency));
	}

	/** The look-up's answer, kept for the rest of the transaction (asked afresh outside one). */
	@SuppressWarnings("unchecked")
	private <T> T cached(String key, Supplier<T> lookup) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return lookup.get();
		}
		Map<String, Object> answers = (Map<String, Object>) TransactionSynchronizationManager.getResource(this);
		if (answers == null) {
			answers = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, answers);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResource(IntakeRouting.this);
				}
			});
		}
		return (T) answers.computeIfAbsent(key, k -> lookup.get());
	}
}
