package org.jointcase.directory.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.directory.Agency;
import org.jointcase.directory.AgencyView;
import org.jointcase.directory.Department;
import org.jointcase.directory.Directory;
import org.jointcase.directory.NewAgency;
import org.jointcase.directory.NewOfficer;
import org.jointcase.directory.Officer;
import org.jointcase.directory.OfficerView;
import org.jointcase.directory.RegionNode;
import org.jointcase.directory.Role;
import org.jointcase.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory over HTTP. The acting officer is taken as the directory's own {@link Officer} (the principal's
 * {@code officer()}): this module sits below the security module and does not name its types.
 */
@RestController
@RequestMapping("/api/directory")
class DirectoryController {

	private final Directory directory;

	DirectoryController(Directory directory) {
		this.directory = directory;
	}

	/** The region tree (province, cities, districts). */
	@GetMapping("/regions")
	List<RegionNode> regions() {
		return directory.regionTree();
	}

	/** The departments (market regulation, public security …). */
	@GetMapping("/departments")
	List<Department> departments() {
		return directory.departments();
	}

	/** The agencies, filtered by name, department and region. */
	@GetMapping("/agencies")
	List<Agency> agencies(@RequestParam(required = false) String name,
			@RequestParam(required = false) String department, @RequestParam(required = false) String region) {
		return directory.searchAgencies(name, department, region);
	}

	/** One agency, with allowedActions for the reader. */
	@GetMapping("/agencies/{code}")
	AgencyView agency(@AuthenticationPrincipal(expression = "officer()") Officer actor, @PathVariable String code) {
		return directory.agency(actor, code).orElseThrow(() -> ApiProblem.notFound("Agency"));
	}

	/** Creates an agency (administrators only). */
	@PostMapping("/agencies")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AgencyView> createAgency(@AuthenticationPrincipal(expression = "officer()") Officer actor,
			@Valid @RequestBody NewAgency request) {
		AgencyView created = directory.createAgency(actor, request);
		return ResponseEntity.created(URI.create("/api/directory/agencies/" + created.agency().code())).body(created);
	}

	/** The officers of an agency (administrators only). */
	@GetMapping("/agencies/{code}/officers")
	List<OfficerView> officers(@AuthenticationPrincipal(expression = "officer()") Officer actor,
			@PathVariable String code) {
		return directory.officersOf(actor, code);
	}

	/**
	 * Creates an officer with a password that passes the password rule (administrators only). Location is the
	 * officers of the agency, where the officer appears (an officer has no address of its own).
	 */
	@PostMapping("/officers")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<OfficerView> createOfficer(@AuthenticationPrincipal(expression = "officer()") Officer actor,
			@Valid @RequestBody NewOfficer request) {
		OfficerView created = directory.createOfficer(actor, request);
		return ResponseEntity.created(URI.create("/api/directory/agencies/" + created.agencyCode() + "/officers"))
			.body(created);
	}

	/** Replaces an officer's roles (administrators only). */
	@PutMapping("/officers/{username}/roles")
	OfficerView changeRoles(@AuthenticationPrincipal(expression = "officer()") Officer actor,
			@PathVariable String username, @Valid @RequestBody RolesChange change) {
		return directory.changeRoles(actor, username, change.roles());
	}

	/** Enables or disables an officer (administrators only); a disabled officer cannot sign in. */
	@PutMapping("/officers/{username}/enabled")
	OfficerView setEnabled(@AuthenticationPrincipal(expression = "officer()") Officer actor,
			@PathVariable String username, @Valid @RequestBody EnabledChange change) {
		return directory.setEnabled(actor, username, change.enabled());
	}

	record RolesChange(@NotEmpty @Size(max = 10) Set<Role> roles) {
	}

	record EnabledChange(@NotNull Boolean enabled) {
	}
}
