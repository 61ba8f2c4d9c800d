package org.jointcase.pages;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak Simplified Chinese or English: the browser's Accept-Language chooses until the officer picks one
 * with {@code ?lang=zh-CN} or {@code ?lang=en}, which a cookie then remembers.
 */
@Configuration(proxyBeanMethods = false)
class PagesConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_PARAMETER = "lang";

	/** Named as the DispatcherServlet looks it up. */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("jointcase-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		// Any Chinese the browser asks for gets the Simplified Chinese pages; everything else the English ones.
		resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()));
		return resolver;
	}

	static Locale supported(Locale requested) {
		return requested != null && "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(LANGUAGE_PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}
}
