package org.jointcase.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application: the time as the engine sees it, which runs its timers and stamps its tasks and
 * jobs. The application reads it as a {@link Clock} bean, so that deadlines, notices and refusals agree with the
 * engine's timers, and a test that moves the engine's time moves the application's with it. This is the one place
 * that reads the engine's internal clock; a fork of the engine changes it here.
 */
@Configuration(proxyBeanMethods = false)
class EngineClock {

	@Bean
	Clock clock() {
		return new EngineTime(ZoneOffset.UTC);
	}

	private static final class EngineTime extends Clock {

		private final ZoneId zone;

		EngineTime(ZoneId zone) {
			this.zone = zone;
		}

		@Override
		public ZoneId getZone() {
			return zone;
		}

		@Override
		public Clock withZone(ZoneId other) {
			return new EngineTime(other);
		}

		@Override
		public Instant instant() {
			return ClockUtil.getCurrentTime().toInstant();
		}
	}
}
