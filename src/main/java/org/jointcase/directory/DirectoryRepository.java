package org.jointcase.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jointcase.persistence.TransactionScoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DirectoryRepository {

	private static final String AGENCY_COLUMNS = "code, department_code, region_code, name_zh, name_en";

	private final JdbcClient jdbc;
	private final Map<String, Agency> agencies = new ConcurrentHashMap<>();

	DirectoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Region> regions() {
		return jdbc.sql("select code, parent_code, level, name_zh, name_en from region order by code")
			.query((rs, n) -> new Region(rs.getString(1), rs.getString(2), RegionLevel.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	Optional<Region> region(String code) {
		return jdbc.sql("select code, parent_code, level, name_zh, name_en from region where code = ?")
			.param(code)
			.query((rs, n) -> new Region(rs.getString(1), rs.getString(2), RegionLevel.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5)))
			.optional();
	}

	List<Department> departments() {
		return jdbc.sql("select code, name_zh, name_en from department order by code")
			.query(Department.class)
			.list();
	}

	/**
	 * The agency with this code. An agency is never changed or removed once created, so each node keeps those it
	 * has found (a few hundred; every request, policy and counted fact asks), once the transaction that found it has
	 * committed: one that created it and rolled back leaves nothing behind.
	 */
	Optional<Agency> agency(String code) {
		Agency known = agencies.get(code);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Agency> found = jdbc.sql("select " + AGENCY_COLUMNS + " from agency where code = ?").param(code)
			.query(Agency.class)
			.optional();
		found.ifPresent(agency -> TransactionScoped.afterCommit(() -> agencies.put(code, agency)));
		return found;
	}

	List<Agency> searchAgencies(String name, String departmentCode, String regionCode, int limit) {
		StringBuilder sql = new StringBuilder("select " + AGENCY_COLUMNS + " from agency where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (name != null && !name.isBlank()) {
			sql.append(" and (lower(name_zh) like ? or lower(name_en) like ?)");
			String pattern = "%" + name.trim().toLowerCase() + "%";
			params.add(pattern);
			params.add(pattern);
		}
		if (departmentCode != null && !departmentCode.isBlank()) {
			sql.append(" and department_code = ?");
			params.add(departmentCode);
		}
		if (regionCode != null && !regionCode.isBlank()) {
			// GB/T 2260 codes nest by prefix: every region inside Hefei (3401) starts with 3401.
			sql.append(" and region_code like ?");
			params.add(regionCode + "%");
		}
		sql.append(" order by region_code, department_code limit ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query(Agency.class).list();
	}

	void insertAgency(Agency agency) {
		jdbc.sql("insert into agency (" + AGENCY_COLUMNS + ") values (?, ?, ?, ?, ?)")
			.params(agency.code(), agency.departmentCode(), agency.regionCode(), agency.nameZh(), agency.nameEn())
			.update();
	}

	/**
	 * The officer with their agency, roles and password hash in one query: sign-in and every request of a session
	 * read it, so it is one round trip (a row per role, or one row without a role).
	 */
	Optional<SignInAccount> account(String username) {
		List<AccountRow> rows = jdbc.sql("""
				select o.username, o.display_name, o.agency_code, o.enabled, o.password_hash, a.department_code,
				    a.region_code, a.name_zh, a.name_en, r.role
				from officer o
				join agency a on a.code = o.agency_code
				left join officer_role r on r.username = o.username
				where o.username = ?""")
			.param(username)
			.query((rs, n) -> new AccountRow(rs.getString(1), rs.getString(2), rs.getBoolean(4), rs.getString(5),
					new Agency(rs.getString(3), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
					rs.getString(10)))
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		AccountRow first = rows.get(0);
		Set<Role> roles = EnumSet.noneOf(Role.class);
		rows.stream().filter(row -> row.role() != null).forEach(row -> roles.add(Role.valueOf(row.role())));
		return Optional.of(new SignInAccount(new Officer(first.username(), first.displayName(),
				first.agency().code(), Set.copyOf(roles), first.enabled()), first.agency(), first.passwordHash()));
	}

	private record AccountRow(String username, String displayName, boolean enabled, String passwordHash,
			Agency agency, String role) {
	}

	List<Officer> officersOf(String agencyCode) {
		return jdbc.sql("select username from officer where agency_code = ? order by username")
			.param(agencyCode)
			.query(String.class)
			.list()
			.stream()
			.map(username -> account(username).orElseThrow().officer())
			.toList();
	}

	boolean officerExists(String username) {
		return jdbc.sql("select count(*) from officer where username = ?").param(username).query(Long.class)
			.single() > 0;
	}

	void insertOfficer(String username, String displayName, String agencyCode, String passwordHash) {
		jdbc.sql("insert into officer (username, display_name, agency_code, password_hash) values (?, ?, ?, ?)")
			.params(username, displayName, agencyCode, passwordHash)
			.update();
	}

	void replaceRoles(String username, Set<Role> roles) {
		jdbc.sql("delete from officer_role where username = ?").param(username).update();
		for (Role role : roles) {
			jdbc.sql("insert into officer_role (username, role) values (?, ?)").params(username, role.name()).update();
		}
	}

	void setPasswordHash(String username, String passwordHash) {
		jdbc.sql("update officer set password_hash = ? where username = ?").params(passwordHash, username).update();
	}

	void setEnabled(String username, boolean enabled) {
		jdbc.sql("update officer set enabled = ? where username = ?").params(enabled, username).update();
	}

	/** Agencies of a region (not those below it) with an enabled officer in the role, by code. */
	List<Agency> agenciesWithRole(String regionCode, Role role) {
		return jdbc.sql("""
				select distinct a.code, a.department_code, a.region_code, a.name_zh, a.name_en from agency a
				join officer o on o.agency_code = a.code and o.enabled
				join officer_role r on r.username = o.username and r.role = ?
				where a.region_code = ? order by a.code""")
			.params(role.name(), regionCode)
			.query(Agency.class)
			.list();
	}

	boolean anyOfficerWithRole(Role role) {
		return jdbc.sql("select count(*) from officer_role where role = ?").param(role.name()).query(Long.class)
			.single() > 0;
	}
}
