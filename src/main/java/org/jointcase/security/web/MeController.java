package org.jointcase.security.web;

import java.util.Set;

import org.jointcase.directory.Agency;
import org.jointcase.directory.Department;
import org.jointcase.directory.Directory;
import org.jointcase.directory.Region;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

	private final Directory directory;

	MeController(Directory directory) {
		this.directory = directory;
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

	record Me(String username, String displayName, Agency agency, Department department, Region region,
			Set<Role> roles) {
	}
}
