package org.jointcase.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How officers may sign in besides OpenID Connect.
 *
 * @param basicEnabled whether the API accepts HTTP Basic with the directory's passwords: on in the demo profile, where
 *        no identity provider issues tokens; off by default and in production, where the API takes bearer tokens only
 */
@ConfigurationProperties("jointcase.security")
record SecuritySettings(boolean basicEnabled) {
}
