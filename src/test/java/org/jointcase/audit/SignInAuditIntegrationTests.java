package org.jointcase.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-ins in the trail: one entry per page sign-in, one per failed attempt on the pages or the API. */
@IntegrationTest
class SignInAuditIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPageSignInIsRecordedOnceWithTheOfficersAgency() {
		long before = newest();
		PageClient.signIn(port, "baohe.inspector");
		assertThat(since(before, "signin.success")).containsExactly("baohe.inspector 340111-MR ALLOWED");
	}

	@Test
	void failedSignInsAreRecordedUnderTheNameTriedOnThePagesAndTheApi() {
		long before = newest();
		assertThat(ApiClient.as(port, "jinghu.inspector", "wrong-password").get("/api/me").status()).isEqualTo(401);
		assertThat(ApiClient.as(port, "nobody.by.that.name", "wrong-password").get("/api/me").status())
			.isEqualTo(401);
		PageClient.Response page = PageClient.anonymous(port)
			.post("/login", Map.of("username", "jinghu.supervisor", "password", "wrong-password"));
		assertThat(page.header("Location")).contains("error");

		assertThat(since(before, "signin.failure")).containsExactly("jinghu.inspector - REFUSED_UNAUTHENTICATED",
				"nobody.by.that.name - REFUSED_UNAUTHENTICATED", "jinghu.supervisor - REFUSED_UNAUTHENTICATED");
	}

	private long newest() {
		return jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
	}

	private List<String> since(long sequence, String action) {
		return jdbc.sql("select officer || ' ' || agency_code || ' ' || outcome from audit_entry where seq > ? "
				+ "and action = ? order by seq").params(sequence, action).query(String.class).list();
	}
}
