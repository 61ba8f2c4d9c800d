package org.jointcase.security.web;

import java.util.Set;

import jakarta.validation.Valid;

import org.jointcase.directory.Agency;
import org.jointcase.directory.Department;
import org.jointcase.directory.Directory;
import org.jointcase.directory.PasswordChange;
import org.jointcase.directory.Region;
import org.jointcase.directory.Role;
import org.jointcase.security.PasswordChanges;
import org.jointcase.security.SignedInOfficer;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

	private final Directory directory;
	private final PasswordChanges passwords;

	MeController(Directory directory, PasswordChanges passwords) {
		this.directory = directory;
		this.passwords = passwords;
	}

	/** Who is signed in: the officer, their agency with its department and region, and their roles. */
	@GetMapping("/api/me")
	Me me(@AuthenticationPrincipal SignedInOfficer officer) {
		Agency agency = officer.agency();
		Department department = directory.departments().stream()
			.filter(d -> d.code().equals(agency.departmentCode()))
			.findFirst()
			.orElseThrow();
		Region region = directory.region(agency.regionCode()).orElseThrow();
		return new Me(officer.username(), officer.officer().displayName(), agency, department, region,
				officer.roles());
	}

	/**
	 * Changes the signed-in officer's password (204). The API keeps no session, so every page session of the officer
	 * ends; the old password stops working at once.
	 */
	@PutMapping("/api/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@AuthenticationPrincipal SignedInOfficer officer, @Valid @RequestBody PasswordChange change) {
		passwords.change(officer, change, null);
	}

	record Me(String username, String displayName, Agency agency, Department department, Region region,
			Set<Role> roles) {
	}
}
