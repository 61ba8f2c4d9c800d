package org.jointcase.web;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What JSON input the API refuses before any module sees it, each named by its field: the NUL character in a string
 * (PostgreSQL cannot store it in text) and {@code null} inside an array or a map (no list of the API holds one).
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer refusedJsonInput() {
		SimpleModule strings = new SimpleModule("no-nul-strings").addDeserializer(String.class, new NoNulStrings());
		return builder -> builder.modulesToInstall(modules -> modules.add(strings))
			.postConfigurer(mapper -> mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)));
	}

	/** A JSON string that holds the NUL character. */
	static final class NulCharacter extends MismatchedInputException {

		NulCharacter(JsonParser parser) {
			super(parser, "A string holds the NUL character", String.class);
		}
	}

	private static final class NoNulStrings extends StdScalarDeserializer<String> {

		NoNulStrings() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (value != null && value.indexOf('\0') >= 0) {
				throw new NulCharacter(parser);
			}
			return value;
		}
	}
}
