package org.jointcase.directory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jointcase.web.ApiProblem;
import org.jointcase.web.FieldError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of regions, departments, agencies and officers. Reading regions, departments and agencies is open to
 * every signed-in officer; listing an agency's officers and changing anything is for administrators only
 * ({@link DirectoryPolicy}), enforced here so that the API and the pages are guarded alike. The methods that take the
 * acting officer are those paths; the others serve the modules (sign-in, the processes' addressing). Each change an
 * administrator makes is published in its transaction as a past-tense event ({@link AgencyCreated},
 * {@link OfficerCreated}, {@link OfficerRolesChanged}, {@link OfficerEnabledChanged}) for the audit trail, which
 * this module cannot call.
 */
@Service
public class Directory {

	private static final int SEARCH_LIMIT = 200;

	private static final String ADMINISTRATORS = "@directoryPolicy.mayAdminister(#actor)";

	private final DirectoryRepository repository;
	private final PasswordEncoder passwordEncoder;
	private final DirectoryPolicy policy;
	private final PasswordRule passwordRule;
	private final ApplicationEventPublisher events;

	Directory(DirectoryRepository repository, PasswordEncoder passwordEncoder, DirectoryPolicy policy,
			PasswordRule passwordRule, ApplicationEventPublisher events) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.passwordRule = passwordRule;
		this.events = events;
	}

	/** The directory-wide actions {@code actor} may take now, such as creating an agency. */
	public Set<String> allowedActions(Officer actor) {
		return policy.onDirectory(actor);
	}

	public List<Region> regions() {
		return repository.regions();
	}

	public Optional<Region> region(String code) {
		return code == null ? Optional.empty() : repository.region(code);
	}

	/** The regions as a forest of provinces, each with its cities and their districts, ordered by code. */
	public List<RegionNode> regionTree() {
		List<Region> regions = repository.regions();
		Map<String, List<Region>> byParent = new HashMap<>();
		regions.forEach(r -> byParent.computeIfAbsent(r.parentCode(), p -> new ArrayList<>()).add(r));
		return nodes(byParent, null);
	}

	private static List<RegionNode> nodes(Map<String, List<Region>> byParent, String parent) {
		return byParent.getOrDefault(parent, List.of()).stream()
			.sorted(Comparator.comparing(Region::code))
			.map(r -> new RegionNode(r.code(), r.level(), r.nameZh(), r.nameEn(), nodes(byParent, r.code())))
			.toList();
	}

	/** The region itself first, then its parent, up to the province. Empty for an unknown code. */
	public List<Region> regionWithAncestors(String code) {
		List<Region> chain = new ArrayList<>();
		for (Optional<Region> r = region(code); r.isPresent(); r = region(r.get().parentCode())) {
			chain.add(r.get());
		}
		return chain;
	}

	public List<Department> departments() {
		return repository.departments();
	}

	public Optional<Agency> agency(String code) {
		return code == null ? Optional.empty() : repository.agency(code);
	}

	/** The agency as {@code actor} sees it, with the actions they may take on it. */
	public Optional<AgencyView> agency(Officer actor, String code) {
		return agency(code).map(agency -> new AgencyView(agency, policy.onAgency(actor)));
	}

	/**
	 * Agencies whose Chinese or English name contains {@code name}, of the department, inside the region (the region
	 * itself and every region below it). Each filter is optional; at most 200 agencies are answered.
	 */
	public List<Agency> searchAgencies(String name, String departmentCode, String regionCode) {
		return repository.searchAgencies(name, departmentCode, regionCode, SEARCH_LIMIT);
	}

	/**
	 * The common superior of two agencies of one department: that department's agency in the lowest region that
	 * contains both of theirs. Where the directory has no agency of the department there, the next region up is
	 * taken. When one agency's region contains the other's, that agency is the answer. Agencies of different
	 * departments have none, and neither has an unknown agency.
	 */
	public Optional<Agency> commonSuperior(String agencyCode, String otherAgencyCode) {
		Optional<Agency> first = agency(agencyCode);
		Optional<Agency> second = agency(otherAgencyCode);
		if (first.isEmpty() || second.isEmpty()
				|| !first.get().departmentCode().equals(second.get().departmentCode())) {
			return Optional.empty();
		}
		List<String> secondChain = regionWithAncestors(second.get().regionCode()).stream().map(Region::code).toList();
		String department = first.get().departmentCode();
		return regionWithAncestors(first.get().regionCode()).stream()
			.map(Region::code)
			.dropWhile(code -> !secondChain.contains(code))
			.map(code -> repository.agency(Agency.codeOf(code, department)))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/**
	 * The agency that supervises this one: its department's agency in the nearest region above, where the directory
	 * has one. A province-level agency has none.
	 */
	public Optional<Agency> superiorOf(String agencyCode) {
		return agency(agencyCode).flatMap(agency -> regionWithAncestors(agency.regionCode()).stream()
			.skip(1)
			.map(region -> repository.agency(Agency.codeOf(region.code(), agency.departmentCode())))
			.flatMap(Optional::stream)
			.findFirst());
	}

	/**
	 * The agency whose coordinators settle what two agencies without a common superior (different departments)
	 * dispute: the first agency, by code, with an enabled coordinator in the lowest region containing both, or in
	 * the nearest region above it.
	 */
	public Optional<Agency> coordinatingAgency(String agencyCode, String otherAgencyCode) {
		Optional<Agency> first = agency(agencyCode);
		Optional<Agency> second = agency(otherAgencyCode);
		if (first.isEmpty() || second.isEmpty()) {
			return Optional.empty();
		}
		List<String> secondChain = regionWithAncestors(second.get().regionCode()).stream().map(Region::code).toList();
		return regionWithAncestors(first.get().regionCode()).stream()
			.map(Region::code)
			.dropWhile(code -> !secondChain.contains(code))
			.flatMap(code -> repository.agenciesWithRole(code, Role.COORDINATOR).stream())
			.findFirst();
	}

	public Optional<Officer> officer(String username) {
		return repository.account(username).map(SignInAccount::officer);
	}

	/** The officer with their password hash, for the sign-in check only. */
	public Optional<SignInAccount> signInAccount(String username) {
		return repository.account(username);
	}

	/** The officers of an agency, for administrators; 404 for an unknown agency. */
	@PreAuthorize(ADMINISTRATORS)
	public List<OfficerView> officersOf(Officer actor, String agencyCode) {
		if (agency(agencyCode).isEmpty()) {
			throw ApiProblem.notFound("Agency");
		}
		return repository.officersOf(agencyCode).stream().map(officer -> view(actor, officer)).toList();
	}

	@PreAuthorize(ADMINISTRATORS)
	@Transactional
	public AgencyView createAgency(Officer actor, NewAgency request) {
		if (repository.departments().stream().noneMatch(d -> d.code().equals(request.departmentCode()))) {
			throw ApiProblem.invalid("departmentCode", "known-department",
					"No department has the code " + request.departmentCode());
		}
		if (region(request.regionCode()).isEmpty()) {
			throw ApiProblem.invalid("regionCode", "known-region", "No region has the code " + request.regionCode());
		}
		Agency agency = new Agency(Agency.codeOf(request.regionCode(), request.departmentCode()),
				request.departmentCode(), request.regionCode(), request.nameZh().trim(), request.nameEn().trim());
		try {
			repository.insertAgency(agency);
		}
		catch (DuplicateKeyException duplicate) {
			throw ApiProblem.conflict("departmentCode", "one-agency-per-department-and-region",
					"The department already has an agency in region " + request.regionCode());
		}
		events.publishEvent(new AgencyCreated(agency.code(), actor.username(), actor.agencyCode()));
		return new AgencyView(agency, policy.onAgency(actor));
	}

	@PreAuthorize(ADMINISTRATORS)
	@Transactional
	public OfficerView createOfficer(Officer actor, NewOfficer request) {
		Officer created = register(request);
		events.publishEvent(new OfficerCreated(created.username(), created.agencyCode(), created.roles(),
				actor.username(), actor.agencyCode()));
		return view(actor, created);
	}

	/**
	 * Creates the first administrator of an empty production directory, with their agency if it does not exist
	 * yet (named after its region and department). Does nothing once any administrator exists. Not reachable through
	 * the API: the application calls it at start from its configuration.
	 */
	@Transactional
	public void bootstrapAdministrator(String username, String password, String regionCode, String departmentCode) {
		if (repository.anyOfficerWithRole(Role.ADMINISTRATOR)) {
			return;
		}
		String agencyCode = Agency.codeOf(regionCode, departmentCode);
		if (agency(agencyCode).isEmpty()) {
			Region region = region(regionCode).orElseThrow(
					() -> new IllegalStateException("Initial administrator: unknown region " + regionCode));
			Department department = departments().stream().filter(d -> d.code().equals(departmentCode)).findFirst()
				.orElseThrow(() -> new IllegalStateException("Initial administrator: unknown department " + departmentCode));
			repository.insertAgency(new Agency(agencyCode, departmentCode, regionCode,
					region.nameZh() + department.nameZh(), region.nameEn() + " " + department.nameEn()));
		}
		register(new NewOfficer(username, username, agencyCode, password, Set.of(Role.ADMINISTRATOR)));
	}

	private Officer register(NewOfficer request) {
		if (agency(request.agencyCode()).isEmpty()) {
			throw ApiProblem.invalid("agencyCode", "known-agency", "No agency has the code " + request.agencyCode());
		}
		if (repository.officerExists(request.username())) {
			throw ApiProblem.conflict("username", "unique", "An officer named " + request.username() + " exists");
		}
		requirePasswordRule("password", request.username(), request.password());
		repository.insertOfficer(request.username(), request.displayName().trim(), request.agencyCode(),
				passwordEncoder.encode(request.password()));
		repository.replaceRoles(request.username(), request.roles());
		return officer(request.username()).orElseThrow();
	}

	/**
	 * Changes the officer's own password: {@code currentPassword} must be their password now (else 400 on field
	 * {@code currentPassword}, rule {@code current-password}, and {@link PasswordChangeRefused} is published), and
	 * {@code newPassword} must pass the password rule (400 on field {@code newPassword}, one error per broken rule).
	 * Publishes {@link PasswordChanged} once the new BCrypt hash is stored. Ending the officer's other sessions is the
	 * caller's: the directory does not know them.
	 */
	@Transactional
	public void changePassword(Officer officer, PasswordChange change) {
		SignInAccount account = repository.account(officer.username()).orElseThrow(() -> ApiProblem.notFound("Officer"));
		// No stored password is longer than BCrypt reads (PasswordRule), and BCrypt refuses to compare a longer one.
		boolean tooLong = change.currentPassword().getBytes(StandardCharsets.UTF_8).length > PasswordRule.BCRYPT_BYTES;
		if (tooLong || !passwordEncoder.matches(change.currentPassword(), account.passwordHash())) {
			events.publishEvent(new PasswordChangeRefused(officer.username(), account.agency().code(),
					"current-password"));
			throw ApiProblem.invalid("currentPassword", "current-password", "is not the officer's password");
		}
		requirePasswordRule("newPassword", officer.username(), change.newPassword());
		repository.setPasswordHash(officer.username(), passwordEncoder.encode(change.newPassword()));
		events.publishEvent(new PasswordChanged(officer.username(), account.agency().code()));
	}

	private void requirePasswordRule(String field, String username, String password) {
		List<FieldError> broken = passwordRule.check(field, username, password);
		if (!broken.isEmpty()) {
			throw ApiProblem.invalid(broken);
		}
	}

	@PreAuthorize(ADMINISTRATORS)
	@Transactional
	public OfficerView changeRoles(Officer actor, String username, Set<Role> roles) {
		requireOfficer(username);
		if (roles.isEmpty()) {
			throw ApiProblem.invalid("roles", "not-empty", "An officer has at least one role");
		}
		repository.replaceRoles(username, roles);
		events.publishEvent(new OfficerRolesChanged(username, roles, actor.username(), actor.agencyCode()));
		return view(actor, officer(username).orElseThrow());
	}

	/** A disabled officer can no longer sign in; their past actions stay attributed to them. */
	@PreAuthorize(ADMINISTRATORS)
	@Transactional
	public OfficerView setEnabled(Officer actor, String username, boolean enabled) {
		requireOfficer(username);
		repository.setEnabled(username, enabled);
		events.publishEvent(new OfficerEnabledChanged(username, enabled, actor.username(), actor.agencyCode()));
		return view(actor, officer(username).orElseThrow());
	}

	private OfficerView view(Officer actor, Officer officer) {
		return OfficerView.of(officer, policy.onOfficer(actor, officer));
	}

	private void requireOfficer(String username) {
		if (!repository.officerExists(username)) {
			throw ApiProblem.notFound("Officer");
		}
	}
}
