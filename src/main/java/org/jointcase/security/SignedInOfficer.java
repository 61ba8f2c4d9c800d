package org.jointcase.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jointcase.directory.Agency;
import org.jointcase.directory.Officer;
import org.jointcase.directory.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The officer behind the current request, with their agency. Controllers receive it as the authentication
 * principal and hand it to the services, which decide with it what the officer may see and do.
 */
public final class SignedInOfficer implements UserDetails, CredentialsContainer {

	private final Officer officer;
	private final Agency agency;
	private String passwordHash;

	public SignedInOfficer(Officer officer, Agency agency, String passwordHash) {
		this.officer = officer;
		this.agency = agency;
		this.passwordHash = passwordHash;
	}

	/**
	 * The officer signed in on the current thread: the one whose request is being served. Empty on threads that serve
	 * no officer, such as the process engine's job executor, and for anonymous requests.
	 */
	public static Optional<SignedInOfficer> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInOfficer officer
				? Optional.of(officer) : Optional.empty();
	}

	public Officer officer() {
		return officer;
	}

	public Agency agency() {
		return agency;
	}

	public String username() {
		return officer.username();
	}

	public String agencyCode() {
		return agency.code();
	}

	public Set<Role> roles() {
		return officer.roles();
	}

	public boolean hasRole(Role role) {
		return officer.hasRole(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = officer.roles().stream()
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return officer.username();
	}

	@Override
	public boolean isEnabled() {
		return officer.enabled();
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInOfficer that && that.officer.username().equals(officer.username());
	}

	@Override
	public int hashCode() {
		return officer.username().hashCode();
	}

	@Override
	public String toString() {
		return "SignedInOfficer[" + officer.username() + "@" + agency.code() + "]";
	}
}
