package org.jointcase.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.cases.process.ShareGrant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The trail is true about shares: a grant that rolls back leaves no entry; a refused read stays. */
@IntegrationTest
class ShareAuditIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseAccess access;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aShareGrantThatFailsAfterItsAuditCallLeavesNoEntryAndNoShare() {
		UUID caseId = CaseFixtures.createCase(ApiClient.as(port, "hefei.inspector"), "Grant that rolls back",
				CaseFixtures.SELLER_CODE);
		UUID[] granted = new UUID[1];
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			granted[0] = access.grant(new ShareGrant(caseId, "3402-MR", ShareScope.SUMMARY, false, "Rolled back",
					ShareSource.MANUAL, null, "hefei.supervisor", "3401-MR", null, List.of()));
			// The grant and its audit entry are written; then the transaction fails on a constraint.
			jdbc.sql("insert into case_share select * from case_share where id = ?").param(granted[0]).update();
		})).isInstanceOf(DataIntegrityViolationException.class);

		assertThat(granted[0]).isNotNull();
		assertThat(jdbc.sql("select count(*) from audit_entry where target_id = ?").param(granted[0].toString())
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from case_share where id = ?").param(granted[0]).query(Long.class)
			.single()).isZero();

		// The same grant that commits is recorded once.
		UUID shared = CaseFixtures.share(ApiClient.as(port, "hefei.supervisor"), caseId, "3402-MR", "SUMMARY", false);
		assertThat(jdbc.sql("select action from audit_entry where target_id = ?").param(shared.toString())
			.query(String.class).list()).containsExactly("share.grant");
	}

	@Test
	void aRefusedReadStaysThoughTheRequestFails() {
		UUID caseId = CaseFixtures.createCase(ApiClient.as(port, "hefei.inspector"), "Not Wuhu's",
				CaseFixtures.SELLER_CODE);
		assertThat(ApiClient.as(port, "wuhu.inspector").get("/api/cases/" + caseId).status()).isEqualTo(404);
		assertThat(jdbc.sql("select outcome from audit_entry where case_id = ? and officer = 'wuhu.inspector'")
			.param(caseId).query(String.class).list()).containsExactly("REFUSED_NOT_VISIBLE");
	}
}
