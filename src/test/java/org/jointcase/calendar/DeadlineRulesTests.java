package org.jointcase.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.jointcase.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DeadlineRulesTests {

	/** The rules as the application binds them from {@code properties}; the defaults where none is given. */
	static DeadlineRules rules(PropertySource<?> properties) {
		Binder binder = new Binder(ConfigurationPropertySources.from(properties));
		return new DeadlineRules(binder.bindOrCreate("jointcase.deadlines", DeadlineSettings.class));
	}

	static DeadlineRules defaults() {
		return rules(new MapPropertySource("none", Map.of()));
	}

	@Test
	void theDefaultsAreThoseOfTheProductBriefWithTheirSources() {
		DeadlineRules rules = defaults();
		assertThat(rules.all()).hasSize(17);
		assertThat(rules.rule(DeadlineRules.FORWARD_INTAKE).period()).isEqualTo(DeadlinePeriod.workingDays(5));
		assertThat(rules.rule(DeadlineRules.MEDIATE_COMPLAINT).period()).isEqualTo(DeadlinePeriod.workingDays(45));
		assertThat(rules.rule(DeadlineRules.ACKNOWLEDGE_ALERT).period()).isEqualTo(DeadlinePeriod.workingDays(2));
		assertThat(rules.rule(DeadlineRules.VERIFY_LEAD).period()).isEqualTo(DeadlinePeriod.workingDays(15));
		assertThat(rules.rule(DeadlineRules.VERIFY_LEAD).source()).contains("2022").endsWith("art. 18");
		assertThat(rules.rule(DeadlineRules.ASSISTANCE).source()).endsWith("art. 45");
		assertThat(rules.rule(DeadlineRules.CRIME_TRANSFER_DECISION).period()).isEqualTo(DeadlinePeriod.naturalDays(3));
		assertThat(rules.rule(DeadlineRules.CRIME_TRANSFER_SEND).period()).isEqualTo(DeadlinePeriod.hours(24));
		assertThat(rules.rule(DeadlineRules.TRANSFER_FEEDBACK).period()).isEqualTo(DeadlinePeriod.workingDays(30));
		assertThat(rules.rule(DeadlineRules.TRANSFER_FEEDBACK).source()).isEqualTo("Platform default, no statute");
		assertThat(rules.all()).allSatisfy(rule -> assertThat(rule.text()).isNotBlank());
	}

	@Test
	void eachPeriodIsConfigurableByPropertyOrEnvironmentVariable() {
		DeadlineRules configured = rules(new MapPropertySource("application",
				Map.of("jointcase.deadlines.verify-lead", "20 working days")));
		assertThat(configured.rule(DeadlineRules.VERIFY_LEAD).period()).isEqualTo(DeadlinePeriod.workingDays(20));
		assertThat(configured.rule(DeadlineRules.ASSISTANCE).period()).isEqualTo(DeadlinePeriod.workingDays(15));

		DeadlineRules fromEnvironment = rules(new SystemEnvironmentPropertySource("systemEnvironment",
				Map.of("JOINTCASE_DEADLINES_CRIMETRANSFERSEND", "12 hours")));
		assertThat(fromEnvironment.rule(DeadlineRules.CRIME_TRANSFER_SEND).period())
			.isEqualTo(DeadlinePeriod.hours(12));
	}

	@Test
	void eachRuleHasAConfigurableExtensionLimitAndACustomPeriodHasNoneByDefault() {
		DeadlineRules rules = defaults();
		assertThat(rules.extensionLimit(rules.rule(DeadlineRules.VERIFY_LEAD))).isEqualTo(15);
		assertThat(rules.extensionLimit(rules.rule(DeadlineRules.ASSISTANCE))).isEqualTo(15);
		assertThat(rules.extensionLimit(rules.rule(DeadlineRules.DESIGNATION))).isZero();
		assertThat(rules.extensionLimit(rules.rule(DeadlineRules.APPROVE))).isEqualTo(5);
		assertThat(rules.extensionLimit(DeadlineRule.custom(DeadlinePeriod.workingDays(3)))).isZero();

		DeadlineRules configured = rules(new SystemEnvironmentPropertySource("systemEnvironment",
				Map.of("JOINTCASE_DEADLINES_EXTENSIONLIMITS_VERIFYLEAD", "20",
						"JOINTCASE_DEADLINES_EXTENSIONLIMITS_CUSTOM", "3")));
		assertThat(configured.rule(DeadlineRules.VERIFY_LEAD).maxExtension()).isEqualTo(20);
		assertThat(configured.extensionLimit(DeadlineRule.custom(DeadlinePeriod.workingDays(3)))).isEqualTo(3);
		assertThat(configured.extensionLimit(rules.rule(DeadlineRules.ASSISTANCE))).isEqualTo(15);
	}

	@Test
	void anUnknownCodeIsRefusedOnTheRuleField() {
		assertThatThrownBy(() -> defaults().rule("verify-leads")).isInstanceOfSatisfying(ApiProblem.class,
				problem -> assertThat(problem.field() + " " + problem.rule()).isEqualTo("rule known-rule"));
	}

	@Test
	void aPeriodReadsAndWritesItsTextForm() {
		assertThat(DeadlinePeriod.of(" 3 Natural Days")).isEqualTo(DeadlinePeriod.naturalDays(3));
		assertThat(DeadlinePeriod.of("1 hour")).hasToString("1 hour");
		assertThat(DeadlinePeriod.workingDays(15)).hasToString("15 working days");
		assertThatIllegalArgumentException().isThrownBy(() -> DeadlinePeriod.of("15 days"));
		assertThatIllegalArgumentException().isThrownBy(() -> DeadlinePeriod.of("0 hours"));
		assertThatIllegalArgumentException().isThrownBy(() -> DeadlinePeriod.workingDays(1001));
	}
}
