package org.jointcase.security.internal;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jointcase.directory.Directory;
import org.jointcase.directory.SignInAccount;
import org.jointcase.security.SignedInOfficer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.function.SingletonSupplier;

/**
 * Page sessions follow the directory. A session stores who signed in, but what they may do is read again from the
 * directory on every request of the session (one query): a changed agency or changed roles apply from the next request,
 * and a disabled or removed officer's session is invalidated there, so the page sends them to the sign-in form. The
 * sessions live in the database and the directory is read from it, so this holds on every node at once. Sessions signed in through the OpenID
 * Connect provider hold the officer the same way ({@link OidcOfficers}), so they follow the directory alike. (The API
 * is stateless: a bearer token or HTTP Basic loads the officer from the directory on every call already.)
 */
class DirectorySessions implements SecurityContextRepository {

	private final SecurityContextRepository sessions = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
	private final Directory directory;

	DirectorySessions(Directory directory) {
		this.directory = directory;
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		DeferredSecurityContext stored = sessions.loadDeferredContext(request);
		Supplier<SecurityContext> current = SingletonSupplier.of(() -> current(stored.get(), request));
		return new DeferredSecurityContext() {

			@Override
			public SecurityContext get() {
				return current.get();
			}

			@Override
			public boolean isGenerated() {
				return current.get().getAuthentication() == null;
			}
		};
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return loadDeferredContext(holder.getRequest()).get();
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		sessions.saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return sessions.containsContext(request);
	}

	private SecurityContext current(SecurityContext stored, HttpServletRequest request) {
		Authentication authentication = stored.getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInOfficer signedIn)) {
			return stored;
		}
		Optional<SignInAccount> account = directory.signInAccount(signedIn.username())
			.filter(found -> found.officer().enabled());
		if (account.isEmpty()) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			return SecurityContextHolder.createEmptyContext();
		}
		SignedInOfficer officer = new SignedInOfficer(account.get().officer(), account.get().agency(), null);
		UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(officer, null,
				officer.getAuthorities());
		refreshed.setDetails(authentication.getDetails());
		return new SecurityContextImpl(refreshed);
	}
}
