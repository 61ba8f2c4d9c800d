package org.jointcase;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jointcase.campaigns.CampaignFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcase.AccessMatrixIntegrationTests.Who.*;

/**
 * The access matrix (issue "One access policy per record"): every API operation of the OpenAPI document and every
 * page route, asked by every kind of principal — the owner agency, a sharee per scope, each process participant
 * (transfer target, designating superior, assistance addressee before and after its part ends, review participant
 * during and after the review), unrelated agencies in the same region, another district and another city, the
 * auditor, the administrator, the operator and nobody signed in — with the answer each must get. Besides the status,
 * every answer is searched for what must be absent from it: the informant's identity, the natural person, the notes
 * and the document nobody else was given, each a string unique to this run.
 *
 * <p>A mutating call that the principal may make acts on a copy made for that call (a fresh share, transfer,
 * request, review or task), so that the fixture the other cells read stays as it was; a refused call acts on the
 * fixture itself, which it must leave untouched. An operation without a row, or a row for an operation that no longer
 * exists, fails the test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTests {

	/** Any answer that is neither a refusal (401, 403, 404) nor a failure (5xx): the business outcome is tested elsewhere. */
	static final int PASS = -1;

	private static final String PASSWORD = "Matrix-Pass-2026!";
	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	/** The principals: who asks, from which agency, with which roles. */
	enum Who {
		OWNER_INSPECTOR("340104-MR", "INSPECTOR"),
		OWNER_SUPERVISOR("340104-MR", "SUPERVISOR"),
		OWNER_COORDINATOR("340104-MR", "COORDINATOR"),
		SHAREE_SUMMARY("3401-CT", "INSPECTOR", "SUPERVISOR"),
		SHAREE_FULL("3401-HE", "INSPECTOR", "SUPERVISOR"),
		SHAREE_DOCUMENTS("3401-COM", "INSPECTOR", "SUPERVISOR"),
		TRANSFER_TARGET("340111-MR", "INSPECTOR", "SUPERVISOR"),
		DESIGNATOR("3401-MR", "INSPECTOR", "SUPERVISOR"),
		ADDRESSEE("3401-PS", "INSPECTOR", "SUPERVISOR"),
		ADDRESSEE_DONE("3402-PS", "INSPECTOR", "SUPERVISOR"),
		PARTICIPANT("3402-COM", "INSPECTOR", "SUPERVISOR"),
		PARTICIPANT_DONE("3402-CT", "INSPECTOR", "SUPERVISOR"),
		SAME_REGION("340104-PS", "INSPECTOR", "SUPERVISOR"),
		OTHER_DISTRICT("340102-MR", "INSPECTOR", "SUPERVISOR"),
		OTHER_CITY("3402-MR", "INSPECTOR", "SUPERVISOR"),
		AUDITOR("34-MR", "AUDITOR"),
		ADMINISTRATOR("34-MR", "ADMINISTRATOR"),
		OPERATOR("34-MR", "OPERATOR"),
		ANONYMOUS(null);

		final String agency;
		final List<String> roles;

		Who(String agency, String... roles) {
			this.agency = agency;
			this.roles = List.of(roles);
		}
	}

	static final Set<Who> OWNER = EnumSet.of(OWNER_INSPECTOR, OWNER_SUPERVISOR, OWNER_COORDINATOR);
	static final Set<Who> CASE_WORKERS = EnumSet.complementOf(EnumSet.of(OWNER_COORDINATOR, AUDITOR, ADMINISTRATOR,
			OPERATOR, ANONYMOUS));
	static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
	/** Who sees the case at all: at least its summary. */
	static final Set<Who> SUMMARY_READERS = union(OWNER, EnumSet.of(SHAREE_SUMMARY, SHAREE_FULL, SHAREE_DOCUMENTS,
			TRANSFER_TARGET, DESIGNATOR, ADDRESSEE, PARTICIPANT));
	/** Who sees the full record: natural persons, notes, timeline. */
	static final Set<Who> FULL_READERS = union(OWNER, EnumSet.of(SHAREE_FULL, SHAREE_DOCUMENTS, TRANSFER_TARGET,
			DESIGNATOR));
	/** Who sees the document that was shared, travels with the transfer, was sent with the request and is material. */
	static final Set<Who> SHARED_DOCUMENT_READERS = union(OWNER, EnumSet.of(SHAREE_DOCUMENTS, TRANSFER_TARGET,
			DESIGNATOR, ADDRESSEE, PARTICIPANT));
	static final Set<Who> TRANSFER_PARTIES = union(OWNER, EnumSet.of(TRANSFER_TARGET, DESIGNATOR));

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final String run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
	private final String informantName = "Informant" + run;
	private final String informantContact = "1390" + Math.abs(run.hashCode() % 10_000_000);
	private final String personName = "Person" + run;
	private final String noteText = "Note" + run;
	private final String secretFile = "secret" + run + ".txt";

	private final Map<Who, ApiClient> api = new EnumMap<>(Who.class);
	private final Map<Who, PageClient> pages = new EnumMap<>(Who.class);

	UUID caseId;
	UUID sharedDocument;
	UUID secretDocument;
	UUID transferId;
	String designationTask;
	UUID requestId;
	UUID requestDone;
	UUID reviewId;
	UUID reviewDone;
	/** A case the owner agency took over from the one that recorded its informant, and its ask for the identity. */
	UUID takenOver;
	UUID informantRequest;
	String spareOfficer;
	// Campaigns: the owner agency's coordinator launched one over its district with market regulation and police, so
	// the owner agency and the same region's police take part; its report task of the owner agency.
	UUID campaignId;
	String campaignReportTask;
	// Alerts: the owner agency's supervisor warned the same region's police about a business.
	UUID alertId;
	// The fixture, built as officers build it: through the API.

	@BeforeAll
	void buildTheFixture() {
		ApiClient admin = ApiClient.as(port, "admin");
		admin.post("/api/directory/agencies", Map.of("departmentCode", "MR", "regionCode", "340102", "nameZh",
				"合肥市瑶海区市场监督管理局", "nameEn", "Yaohai District Market Regulation Bureau, Hefei"));
		for (Who who : Who.values()) {
			if (who == ANONYMOUS) {
				api.put(who, ApiClient.anonymous(port));
				continue;
			}
			expect(admin.post("/api/directory/officers", Map.of("username", username(who), "displayName",
					"Matrix " + who, "agencyCode", who.agency, "password", PASSWORD, "roles", who.roles)), 201);
			api.put(who, ApiClient.bearer(port, username(who)));
		}
		spareOfficer = "mx" + run + ".spare";
		expect(admin.post("/api/directory/officers", Map.of("username", spareOfficer, "displayName", "Matrix spare",
				"agencyCode", "3402-HE", "password", PASSWORD, "roles", List.of("INSPECTOR"))), 201);

		caseId = newCase();
		sharedDocument = upload(api.get(OWNER_INSPECTOR), casePath("/documents"), "shared" + run + ".txt");
		secretDocument = upload(api.get(OWNER_INSPECTOR), casePath("/documents"), secretFile);
		expect(api.get(OWNER_INSPECTOR).post(casePath("/notes"), Map.of("text", noteText)), 201);
		share(SHAREE_SUMMARY, "SUMMARY", List.of());
		share(SHAREE_FULL, "FULL_RECORD", List.of());
		share(SHAREE_DOCUMENTS, "FULL_RECORD_WITH_DOCUMENTS", List.of(sharedDocument));

		transferId = disputedTransfer(caseId);
		designationTask = task(DESIGNATOR, caseId, "DesignateAgencyTask");

		requestId = acceptedRequest(ADDRESSEE);
		requestDone = acceptedRequest(ADDRESSEE_DONE);
		expect(api.get(OWNER_INSPECTOR).post("/api/assistance-requests/" + requestDone + "/cancellation",
				Map.of("reason", "Matrix: answered otherwise")), 200);

		reviewId = convene(PARTICIPANT.agency, List.of(sharedDocument));
		reviewDone = convene(PARTICIPANT_DONE.agency, List.of());
		expect(api.get(OWNER_COORDINATOR).post("/api/reviews/" + reviewDone + "/opinion-phase/closure", Map.of()), 200);
		act(OWNER_COORDINATOR, task(OWNER_COORDINATOR, caseId, "RecordConclusionTask", reviewDone), "conclude",
				Map.of("conclusion", "Nothing further", "actions", List.of()));

		takenOver = takenOverFromSharee();
		ApiClient.Response asked = api.get(OWNER_INSPECTOR).post("/api/cases/" + takenOver + "/informant-requests",
				Map.of("reason", "Matrix: we need to call them back"));
		expect(asked, 201);
		informantRequest = UUID.fromString(asked.json().path("id").asText());
		buildTheIntakeFixture();

		campaignId = launchCampaign();
		campaignReportTask = CampaignFixtures.task(api.get(OWNER_INSPECTOR), campaignId.toString(),
				"SubmitReportTask");
		ApiClient.Response issued = api.get(OWNER_SUPERVISOR).post("/api/alerts", alert(SAME_REGION.agency));
		expect(issued, 201);
		alertId = UUID.fromString(issued.json().path("id").asText());
	}

	private static Map<String, Object> alert(String agency) {
		return Map.of("subject", "BUSINESS", "creditCode", "91340100MA2N123401", "category", "PREPAID_CARD",
				"severity", "HIGH", "summary", "Matrix: a seller about to vanish", "agencies", List.of(agency),
				"expiresOn", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(10).toString());
	}

	private UUID launchCampaign() {
		ApiClient.Response launched = api.get(OWNER_COORDINATOR).post("/api/campaigns",
				CampaignFixtures.launch("Matrix campaign " + run, "340104", List.of("MR", "PS")));
		expect(launched, 201);
		return UUID.fromString(launched.json().path("id").asText());
	}

	/** The full-record sharee's agency records a case and transfers it to the owner agency, the identity staying. */
	private UUID takenOverFromSharee() {
		ApiClient recorder = api.get(SHAREE_FULL);
		ApiClient.Response created = recorder.post("/api/cases", caseBody());
		expect(created, 201);
		UUID recorded = UUID.fromString(created.json().path("id").asText());
		expect(recorder.post("/api/cases/" + recorded + "/transfers", Map.of("targetAgency", OWNER_SUPERVISOR.agency,
				"reason", "Matrix: the seller is in Shushan")), 201);
		// Another supervisor than the proposer approves: separation of duties.
		ApiClient approver = ApiClient.as(port, "hefei.health.supervisor");
		expect(approver.post("/api/tasks/" + taskOf(approver, recorded, "ApproveTransferTask", null) + "/actions/approve",
				Map.of()), 204);
		act(OWNER_SUPERVISOR, task(OWNER_SUPERVISOR, recorded, "AcceptTransferTask"), "accept", Map.of());
		return recorded;
	}

	private String username(Who who) {
		return "mx" + run + "." + who.name().toLowerCase().replace('_', '-');
	}

	private UUID newCase() {
		Map<String, Object> body = caseBody();
		ApiClient.Response created = api.get(OWNER_INSPECTOR).post("/api/cases", body);
		expect(created, 201);
		return UUID.fromString(created.json().path("id").asText());
	}

	/** The fixture case's body, with this run's informant and person. */
	private Map<String, Object> caseBody() {
		Map<String, Object> body = otherCaseBody();
		body.put("parties", List.of(
				Map.of("kind", "BUSINESS", "name", "Matrix Fitness Ltd", "creditCode", "91340100MA2N123401",
						"regionCode", "340104"),
				Map.of("kind", "PERSON", "name", personName)));
		body.put("informant", Map.of("name", informantName, "contact", informantContact, "channel", "HOTLINE"));
		return body;
	}

	/** A case that every principal may record for their own agency: it names nobody of the fixture. */
	private Map<String, Object> otherCaseBody() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "Matrix case " + run);
		body.put("summary", "Prepaid cards sold, then the shop closed");
		body.put("category", "PREPAID_CARD");
		body.put("regionCode", "340104");
		return body;
	}

	private UUID share(Who with, String scope, List<UUID> documents) {
		ApiClient.Response shared = api.get(OWNER_SUPERVISOR).post(casePath("/shares"), Map.of("agencyCode",
				with == null ? "3402-HE" : with.agency, "scope", scope, "reason", "Matrix", "documentIds", documents));
		expect(shared, 201);
		return UUID.fromString(shared.json().path("id").asText());
	}

	private UUID disputedTransfer(UUID onCase) {
		UUID transfer = propose(onCase, TRANSFER_TARGET.agency, List.of(sharedDocument).stream()
			.filter(d -> onCase.equals(caseId)).toList());
		act(OWNER_SUPERVISOR, task(OWNER_SUPERVISOR, onCase, "ApproveTransferTask"), "approve", Map.of());
		act(TRANSFER_TARGET, task(TRANSFER_TARGET, onCase, "AcceptTransferTask"), "dispute",
				Map.of("reason", "Matrix: not ours"));
		return transfer;
	}

	private UUID propose(UUID onCase, String target, List<UUID> documents) {
		ApiClient.Response proposed = api.get(OWNER_INSPECTOR).post("/api/cases/" + onCase + "/transfers",
				Map.of("targetAgency", target, "reason", "Matrix: the seller is registered there", "documentIds",
						documents));
		expect(proposed, 201);
		return UUID.fromString(proposed.json().path("id").asText());
	}

	private UUID newRequest(String addressee) {
		ApiClient.Response requested = api.get(OWNER_INSPECTOR).post(casePath("/assistance-requests"), Map.of(
				"items", List.of(Map.of("question", "Is the seller registered with you?", "business",
						Map.of("name", "Matrix Fitness Ltd"))),
				"addressees", List.of(addressee), "documentIds", List.of(sharedDocument)));
		expect(requested, 201);
		return UUID.fromString(requested.json().path("id").asText());
	}

	private UUID acceptedRequest(Who addressee) {
		UUID request = newRequest(addressee.agency);
		act(OWNER_SUPERVISOR, task(OWNER_SUPERVISOR, caseId, "ApproveRequestTask", request), "approve", Map.of());
		act(addressee, task(addressee, caseId, "AcceptRequestTask", request), "accept", Map.of());
		return request;
	}

	private UUID convene(String participant, List<UUID> materials) {
		ApiClient.Response convened = api.get(OWNER_COORDINATOR).post("/api/reviews", Map.of(
				"title", "Matrix review " + run, "agenda", "Who handles the refunds?", "caseIds", List.of(caseId),
				"participants", List.of(participant),
				"materials", materials.stream().map(d -> Map.of("caseId", caseId, "documentId", d)).toList(),
				"meetingAt", Instant.now().plus(10, ChronoUnit.DAYS).toString()));
		expect(convened, 201);
		return UUID.fromString(convened.json().path("id").asText());
	}

	private String task(Who who, UUID onCase, String step) {
		return task(who, onCase, step, null);
	}

	/** The one open task of the principal at {@code step} about the case (and record, if given). */
	private String task(Who who, UUID onCase, String step, UUID record) {
		return taskOf(api.get(who), onCase, step, record);
	}

	private static String taskOf(ApiClient officer, UUID onCase, String step, UUID record) {
		JsonNode items = officer.get("/api/tasks?size=100&caseId=" + onCase + "&step=" + step).json()
			.path("items");
		List<String> found = new ArrayList<>();
		items.forEach(item -> {
			if (record == null || record.toString().equals(item.path("recordId").asText())) {
				found.add(item.path("id").asText());
			}
		});
		assertThat(found).as(step + " about " + onCase).hasSize(1);
		return found.get(0);
	}

	private void act(Who who, String task, String action, Map<String, ?> body) {
		expect(api.get(who).post("/api/tasks/" + task + "/actions/" + action, body), 204);
	}

	private static UUID upload(ApiClient client, String path, String fileName) {
		ApiClient.Response uploaded = client.send(multipart(client, path, fileName));
		expect(uploaded, 201);
		return UUID.fromString(uploaded.json().path("id").asText());
	}

	private static HttpRequest.Builder multipart(ApiClient client, String path, String fileName) {
		String boundary = "matrix-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/plain\r\n\r\nmatrix evidence\r\n--" + boundary + "--\r\n";
		return client.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private static void expect(ApiClient.Response response, int status) {
		if (response.status() != status) {
			throw new AssertionError("Fixture step answered " + response + ", expected " + status);
		}
	}

	private String casePath(String rest) {
		return "/api/cases/" + caseId + rest;
	}

	// Copies for the cells whose call changes what it acts on.

	private UUID freshTransfer() {
		return propose(newCaseOfOwner(), "3402-HE", List.of());
	}

	private UUID newCaseOfOwner() {
		return newCase();
	}

	private String freshDesignationTask() {
		UUID onCase = newCaseOfOwner();
		disputedTransfer(onCase);
		return task(DESIGNATOR, onCase, "DesignateAgencyTask");
	}

	private UUID freshReview() {
		return convene("3402-HE", List.of());
	}

	// The table.

	/** One row: an operation (as the OpenAPI document or the page mapping names it) and its answer per principal. */
	final class Row {

		final String operation;
		final String variant;
		final boolean page;
		final Function<Who, Integer> call;
		final Map<Who, Integer> expected = new EnumMap<>(Who.class);

		Row(String operation, String variant, Function<Who, Integer> call) {
			this.operation = operation;
			this.variant = variant;
			this.page = !operation.contains(" /api/");
			this.call = call;
		}

		Row answer(int status, Set<Who> who) {
			who.forEach(w -> expected.putIfAbsent(w, status));
			return this;
		}

		Row answer(int status, Who... who) {
			return answer(status, Set.of(who));
		}

		/** Everybody else signed in gets {@code status}; nobody signed in is sent to sign in (pages) or gets 401. */
		Row otherwise(int status) {
			expected.putIfAbsent(ANONYMOUS, page ? 302 : 401);
			return answer(status, SIGNED_IN);
		}
	}

	/** The principals whose agency's region is Wuhu (3402): naming it, they read their own agency's statistics. */
	private static final Set<Who> WUHU_AGENCIES = EnumSet.of(ADDRESSEE_DONE, PARTICIPANT, PARTICIPANT_DONE, OTHER_CITY);

	private final List<Row> rows = new ArrayList<>();
	/** What each principal got in each cell, for the failure message and the closing figures. */
	private final List<String> mismatches = new ArrayList<>();
	/** The body of the last answer per principal, searched for what must be absent. */
	private final Map<Who, String> lastBody = new EnumMap<>(Who.class);
	/** The operations that answered 201 in some cell, each with a Location its caller could read. */
	private final Set<String> created = new TreeSet<>();

	private Row api(String operation, Function<Who, ApiClient.Response> call) {
		return apiVariant(operation, "", call);
	}

	private Row apiVariant(String operation, String variant, Function<Who, ApiClient.Response> call) {
		Row row = new Row(operation, variant, who -> {
			ApiClient.Response response = call.apply(who);
			lastBody.put(who, new String(response.bytes(), java.nio.charset.StandardCharsets.UTF_8));
			if (response.status() >= 400 && response.status() != 405) {
				assertThat(response.contentType()).as(operation + " " + variant + " as " + who)
					.startsWith("application/problem+json");
			}
			if (response.status() == 201) {
				followLocation(operation, operation + " " + variant + " as " + who, who, response);
			}
			return response.status();
		});
		rows.add(row);
		return row;
	}

	/** A create names what it made in Location (the list it appears in, where it has no address of its own). */
	private void followLocation(String operation, String cell, Who who, ApiClient.Response response) {
		String location = response.header("Location");
		int status = location == null ? 0 : api.get(who).get(location).status();
		if (status == 200) {
			created.add(operation);
		}
		else {
			mismatches.add(cell + ": 201 with Location " + location + ", which answers its caller " + status);
		}
	}

	private Row page(String operation, Function<Who, PageClient.Response> call) {
		return pageVariant(operation, "", call);
	}

	private Row pageVariant(String operation, String variant, Function<Who, PageClient.Response> call) {
		Row row = new Row(operation, variant, who -> {
			PageClient.Response response = call.apply(who);
			lastBody.put(who, response.text());
			if (response.status() == 302 && response.toSignIn() && who != ANONYMOUS) {
				return 401;
			}
			return response.status();
		});
		rows.add(row);
		return row;
	}

	private PageClient pages(Who who) {
		return pages.computeIfAbsent(who, w -> w == ANONYMOUS ? PageClient.anonymous(port)
				: PageClient.signIn(port, username(w), PASSWORD));
	}

	/** The call for a principal who may make it acts on a fresh copy; a refused one on the fixture. */
	private static <T> T target(Who who, Set<Who> allowed, Supplier<T> fresh, T fixture) {
		return allowed.contains(who) ? fresh.get() : fixture;
	}

	private String version() {
		return api.get(OWNER_INSPECTOR).get(casePath("")).header("ETag");
	}

	private ApiClient.Response putCase(Who who) {
		ApiClient client = api.get(who);
		return client.send(client.request(casePath("")).header("Content-Type", "application/json")
			.header("If-Match", version()).PUT(HttpRequest.BodyPublishers.ofString(json(caseBody()))));
	}

	private void defineTheTable() {
		String c = casePath("");
		Set<Who> ownerWorkers = EnumSet.of(OWNER_INSPECTOR, OWNER_SUPERVISOR);

		// Cases
		api("GET /api/cases/categories", w -> api.get(w).get("/api/cases/categories")).otherwise(200);
		api("POST /api/cases", w -> api.get(w).post("/api/cases", otherCaseBody()))
			.answer(201, CASE_WORKERS).otherwise(403);
		api("GET /api/cases", w -> api.get(w).get("/api/cases?size=100")).otherwise(200);
		api("GET /api/cases/{id}", w -> api.get(w).get(c)).answer(200, SUMMARY_READERS).otherwise(404);
		api("PUT /api/cases/{id}", this::putCase).answer(200, ownerWorkers).answer(403, SUMMARY_READERS)
			.otherwise(404);
		api("GET /api/cases/{id}/timeline", w -> api.get(w).get(c + "/timeline")).answer(200, FULL_READERS)
			.otherwise(404);
		api("GET /api/cases/{id}/notes", w -> api.get(w).get(c + "/notes")).answer(200, FULL_READERS).otherwise(404);
		api("POST /api/cases/{id}/notes", w -> api.get(w).post(c + "/notes", Map.of("text", "Seen by " + w)))
			.answer(201, FULL_READERS).otherwise(404);
		api("GET /api/cases/{id}/shares", w -> api.get(w).get(c + "/shares")).answer(200, OWNER)
			.answer(403, SUMMARY_READERS).otherwise(404);
		api("POST /api/cases/{id}/shares", w -> api.get(w).post(c + "/shares", Map.of("agencyCode", "3402-HE",
				"scope", "SUMMARY", "reason", "Matrix")))
			.answer(201, OWNER_SUPERVISOR).answer(403, SUMMARY_READERS).otherwise(404);
		UUID fixtureShare = share(null, "SUMMARY", List.of());
		api("DELETE /api/cases/{id}/shares/{shareId}", w -> api.get(w).delete(c + "/shares/"
				+ target(w, Set.of(OWNER_SUPERVISOR), () -> share(null, "SUMMARY", List.of()), fixtureShare)))
			.answer(204, OWNER_SUPERVISOR).answer(403, SUMMARY_READERS).otherwise(404);
		api("GET /api/cases/{caseId}/documents", w -> api.get(w).get(c + "/documents"))
			.answer(200, SHARED_DOCUMENT_READERS).otherwise(404);
		api("POST /api/cases/{caseId}/documents", w -> api.get(w).send(multipart(api.get(w), c + "/documents",
				"matrix.txt"))).answer(201, ownerWorkers).answer(403, SUMMARY_READERS).otherwise(404);
		api("GET /api/cases/{caseId}/documents/{documentId}/content",
				w -> api.get(w).get(c + "/documents/" + sharedDocument + "/content"))
			.answer(200, SHARED_DOCUMENT_READERS).otherwise(404);
		apiVariant("GET /api/cases/{caseId}/documents/{documentId}/content", "the unshared document",
				w -> api.get(w).get(c + "/documents/" + secretDocument + "/content"))
			.answer(200, OWNER).otherwise(404);

		// Transfers
		api("POST /api/cases/{caseId}/transfers", w -> api.get(w).post(c + "/transfers", Map.of("targetAgency",
				"3402-HE", "reason", "Matrix")))
			.answer(409, OWNER_INSPECTOR).answer(403, SUMMARY_READERS).otherwise(404);
		apiVariant("POST /api/cases/{caseId}/transfers", "of a case without one", w -> api.get(w).post("/api/cases/"
				+ target(w, EnumSet.of(OWNER_INSPECTOR), this::newCaseOfOwner, caseId) + "/transfers",
				Map.of("targetAgency", "3402-HE", "reason", "Matrix")))
			.answer(201, OWNER_INSPECTOR).answer(403, SUMMARY_READERS).otherwise(404);
		api("GET /api/cases/{caseId}/transfers", w -> api.get(w).get(c + "/transfers"))
			.answer(200, SUMMARY_READERS).otherwise(404);
		api("GET /api/cases/{caseId}/transfer-check", w -> api.get(w).get(c + "/transfer-check"))
			.answer(200, OWNER).answer(403, SUMMARY_READERS).otherwise(404);
		api("GET /api/transfers/{id}", w -> api.get(w).get("/api/transfers/" + transferId))
			.answer(200, TRANSFER_PARTIES).otherwise(404);
		api("POST /api/transfers/{id}/withdrawal", w -> api.get(w).post("/api/transfers/"
				+ target(w, ownerWorkers, this::freshTransfer, transferId) + "/withdrawal", Map.of("reason", "Matrix")))
			.answer(200, ownerWorkers).answer(403, TRANSFER_PARTIES).otherwise(404);

		// Assistance requests
		String r = "/api/assistance-requests/" + requestId;
		api("POST /api/cases/{caseId}/assistance-requests", w -> api.get(w).post(c + "/assistance-requests", Map.of(
				"items", List.of(Map.of("question", "Registered?", "business", Map.of("name", "Matrix Fitness Ltd"))),
				"addressees", List.of("3402-HE"))))
			.answer(201, ownerWorkers).answer(403, SUMMARY_READERS).otherwise(404);
		api("GET /api/cases/{caseId}/assistance-requests", w -> api.get(w).get(c + "/assistance-requests"))
			.answer(200, SUMMARY_READERS).otherwise(404);
		api("GET /api/assistance-requests/{id}", w -> api.get(w).get(r)).answer(200, OWNER).answer(200, ADDRESSEE)
			.otherwise(404);
		apiVariant("GET /api/assistance-requests/{id}", "after the addressee's part ended",
				w -> api.get(w).get("/api/assistance-requests/" + requestDone))
			.answer(200, OWNER).answer(200, ADDRESSEE_DONE).otherwise(404);
		api("POST /api/assistance-requests/{id}/addressees/{agency}/readdress", w -> api.get(w)
			.post(r + "/addressees/" + ADDRESSEE.agency + "/readdress", Map.of("agencyCode", "3402-HE")))
			.answer(409, ownerWorkers).answer(403, OWNER_COORDINATOR, ADDRESSEE).otherwise(404);
		api("POST /api/assistance-requests/{id}/addressees/{agency}/extension-requests", w -> api.get(w)
			.post(r + "/addressees/" + ADDRESSEE.agency + "/extension-requests", Map.of("workingDays", 5, "reason",
					"Matrix")))
			.answer(PASS, ADDRESSEE).answer(403, OWNER).otherwise(404);
		api("POST /api/assistance-requests/{id}/replies/{agency}/documents", w -> api.get(w).send(multipart(api.get(w),
				r + "/replies/" + ADDRESSEE.agency + "/documents", "reply.txt")))
			.answer(PASS, ADDRESSEE).answer(403, OWNER).otherwise(404);
		api("POST /api/assistance-requests/{id}/cancellation", w -> api.get(w).post("/api/assistance-requests/"
				+ target(w, ownerWorkers, () -> newRequest("3402-HE"), requestId) + "/cancellation",
				Map.of("reason", "Matrix")))
			.answer(200, ownerWorkers).answer(403, OWNER_COORDINATOR, ADDRESSEE).otherwise(404);

		// Reviews
		String v = "/api/reviews/" + reviewId;
		api("POST /api/reviews", w -> api.get(w).post("/api/reviews", Map.of("title", "Matrix", "agenda", "Refunds",
				"caseIds", List.of(caseId), "participants", List.of("3402-HE"), "meetingAt",
				Instant.now().plus(10, ChronoUnit.DAYS).toString())))
			.answer(201, OWNER_COORDINATOR).otherwise(403);
		api("GET /api/reviews", w -> api.get(w).get("/api/reviews")).otherwise(200);
		api("GET /api/reviews/{id}", w -> api.get(w).get(v)).answer(200, OWNER).answer(200, PARTICIPANT)
			.otherwise(404);
		apiVariant("GET /api/reviews/{id}", "after the review ended", w -> api.get(w).get("/api/reviews/" + reviewDone))
			.answer(200, OWNER).answer(200, PARTICIPANT_DONE).otherwise(404);
		api("GET /api/cases/{caseId}/reviews", w -> api.get(w).get(c + "/reviews"))
			.answer(200, SUMMARY_READERS).otherwise(404);
		api("POST /api/reviews/{id}/opinion-phase/closure", w -> api.get(w).post("/api/reviews/"
				+ target(w, Set.of(OWNER_COORDINATOR), this::freshReview, reviewId) + "/opinion-phase/closure",
				Map.of()))
			.answer(200, OWNER_COORDINATOR).answer(403, OWNER).answer(403, PARTICIPANT).otherwise(404);
		api("POST /api/reviews/{id}/actions/{actionId}/cancellation", w -> api.get(w).post(v + "/actions/"
				+ UUID.randomUUID() + "/cancellation", Map.of("reason", "Matrix")))
			.answer(404, OWNER_COORDINATOR).answer(403, OWNER).answer(403, PARTICIPANT).otherwise(404);

		// Informant identity requests: the owner agency, which did not record the informant, asked the sharee's
		String i = "/api/cases/" + takenOver + "/informant-requests";
		Set<Who> recorders = Set.of(SHAREE_FULL);
		api("POST /api/cases/{caseId}/informant-requests", w -> api.get(w).post(c + "/informant-requests",
				Map.of("reason", "Matrix"))).answer(403, SUMMARY_READERS).otherwise(404);
		apiVariant("POST /api/cases/{caseId}/informant-requests", "while one is pending", w -> api.get(w).post(i,
				Map.of("reason", "Matrix"))).answer(409, EnumSet.of(OWNER_INSPECTOR, OWNER_SUPERVISOR))
			.answer(403, OWNER_COORDINATOR).answer(403, recorders).otherwise(404);
		apiVariant("POST /api/cases/{caseId}/informant-requests", "while none is pending", w -> api.get(w).post(
				"/api/cases/" + target(w, EnumSet.of(OWNER_INSPECTOR), this::takenOverFromSharee, takenOver)
						+ "/informant-requests", Map.of("reason", "Matrix")))
			.answer(201, OWNER_INSPECTOR).answer(409, OWNER_SUPERVISOR).answer(403, OWNER_COORDINATOR)
			.answer(403, recorders).otherwise(404);
		api("GET /api/cases/{caseId}/informant-requests", w -> api.get(w).get(i)).answer(200, OWNER)
			.answer(200, recorders).otherwise(404);
		api("GET /api/informant-requests/{id}", w -> api.get(w).get("/api/informant-requests/" + informantRequest))
			.answer(200, OWNER).answer(200, recorders).otherwise(404);

		// Tasks and notices
		String t = "/api/tasks/" + designationTask;
		Set<Who> designator = Set.of(DESIGNATOR);
		api("GET /api/tasks", w -> api.get(w).get("/api/tasks")).otherwise(200);
		api("GET /api/tasks/{id}", w -> api.get(w).get(t)).answer(200, designator).otherwise(404);
		api("POST /api/tasks/{id}/claim", w -> api.get(w).post(t + "/claim", Map.of())).answer(200, designator)
			.otherwise(404);
		api("POST /api/tasks/{id}/unclaim", w -> api.get(w).post(t + "/unclaim", Map.of())).answer(200, designator)
			.otherwise(404);
		api("POST /api/tasks/{id}/actions/{action}", w -> api.get(w).post("/api/tasks/"
				+ target(w, designator, this::freshDesignationTask, designationTask) + "/actions/designate",
				Map.of("agencyCode", TRANSFER_TARGET.agency, "reasoning", "Matrix: the seller operates there")))
			.answer(204, designator).otherwise(404);
		api("POST /api/tasks/{id}/deadline/extension", w -> api.get(w).post(t + "/deadline/extension",
				Map.of("workingDays", 1, "reason", "Matrix"))).answer(PASS, designator).otherwise(404);
		api("POST /api/tasks/{id}/deadline/suspension", w -> api.get(w).post(t + "/deadline/suspension",
				Map.of("reason", "Matrix"))).answer(PASS, designator).otherwise(404);
		api("POST /api/tasks/{id}/deadline/resumption", w -> api.get(w).post(t + "/deadline/resumption",
				Map.of("reason", "Matrix"))).answer(PASS, designator).otherwise(404);
		api("GET /api/notices", w -> api.get(w).get("/api/notices")).otherwise(200);
		api("POST /api/notices/{id}/acknowledgement", w -> api.get(w).post("/api/notices/" + UUID.randomUUID()
				+ "/acknowledgement", Map.of())).otherwise(404);

		// Audit, directory, calendar, the signed-in officer, operations
		api("GET /api/audit/entries", w -> api.get(w).get("/api/audit/entries?size=5"))
			.answer(200, AUDITOR, ADMINISTRATOR).otherwise(403);
		api("GET /api/audit/verification", w -> api.get(w).get("/api/audit/verification"))
			.answer(200, AUDITOR, ADMINISTRATOR).otherwise(403);
		api("POST /api/audit/checkpoints", w -> api.get(w).post("/api/audit/checkpoints", Map.of()))
			.answer(201, AUDITOR, ADMINISTRATOR).otherwise(403);
		api("GET /api/directory/regions", w -> api.get(w).get("/api/directory/regions")).otherwise(200);
		api("GET /api/directory/departments", w -> api.get(w).get("/api/directory/departments")).otherwise(200);
		api("GET /api/directory/agencies", w -> api.get(w).get("/api/directory/agencies")).otherwise(200);
		api("GET /api/directory/agencies/{code}", w -> api.get(w).get("/api/directory/agencies/340104-MR"))
			.otherwise(200);
		api("POST /api/directory/agencies", w -> api.get(w).post("/api/directory/agencies", Map.of("departmentCode",
				"CT", "regionCode", "340102", "nameZh", "瑶海文旅", "nameEn", "Yaohai Culture and Tourism")))
			.answer(PASS, ADMINISTRATOR).otherwise(403);
		api("GET /api/directory/agencies/{code}/officers", w -> api.get(w).get(
				"/api/directory/agencies/340104-MR/officers")).answer(200, ADMINISTRATOR).otherwise(403);
		api("POST /api/directory/officers", w -> api.get(w).post("/api/directory/officers", Map.of("username",
				"mx" + run + ".new." + w.ordinal(), "displayName", "Matrix", "agencyCode", "3402-HE", "password",
				PASSWORD, "roles", List.of("INSPECTOR")))).answer(201, ADMINISTRATOR).otherwise(403);
		api("PUT /api/directory/officers/{username}/roles", w -> api.get(w).put("/api/directory/officers/"
				+ spareOfficer + "/roles", Map.of("roles", List.of("INSPECTOR")))).answer(200, ADMINISTRATOR)
			.otherwise(403);
		api("PUT /api/directory/officers/{username}/enabled", w -> api.get(w).put("/api/directory/officers/"
				+ spareOfficer + "/enabled", Map.of("enabled", true))).answer(200, ADMINISTRATOR).otherwise(403);
		api("GET /api/calendar/due-date", w -> api.get(w).get("/api/calendar/due-date?start=2026-03-02&workingDays=5"))
			.otherwise(200);
		api("GET /api/calendar/rules", w -> api.get(w).get("/api/calendar/rules")).otherwise(200);
		api("GET /api/calendar/years", w -> api.get(w).get("/api/calendar/years")).otherwise(200);
		api("GET /api/calendar/years/{year}", w -> api.get(w).get("/api/calendar/years/2026")).otherwise(200);
		JsonNode year = api.get(ADMINISTRATOR).get("/api/calendar/years/2026").json();
		api("PUT /api/calendar/years/{year}", w -> api.get(w).put("/api/calendar/years/2026", year))
			.answer(200, ADMINISTRATOR).otherwise(403);
		api("GET /api/me", w -> api.get(w).get("/api/me")).otherwise(200);
		// A new password that breaks the rule: answered 400 and changes nothing, so the principal keeps signing in.
		api("PUT /api/me/password", w -> api.get(w).put("/api/me/password", Map.of("currentPassword", PASSWORD,
				"newPassword", "short"))).otherwise(400);
		api("GET /api/operations/incidents", w -> api.get(w).get("/api/operations/incidents")).answer(200, OPERATOR)
			.otherwise(403);
		api("GET /api/operations/failed-jobs", w -> api.get(w).get("/api/operations/failed-jobs"))
			.answer(200, OPERATOR).otherwise(403);
		api("POST /api/operations/failed-jobs/{id}/retry", w -> api.get(w).post("/api/operations/failed-jobs/"
				+ UUID.randomUUID() + "/retry", Map.of())).answer(404, OPERATOR).otherwise(403);

		// Statistics: every officer reads their own agency's counts (a coordinator their region); nobody another city's.
		// Officers of agencies in Wuhu who name Wuhu get their own agency's figures.
		api("GET /api/statistics", w -> api.get(w).get("/api/statistics")).otherwise(200);
		apiVariant("GET /api/statistics", "Wuhu", w -> api.get(w).get("/api/statistics?region=3402"))
			.answer(200, WUHU_AGENCIES).otherwise(403);
		apiVariant("GET /api/statistics", "the owner's district", w -> api.get(w).get(
				"/api/statistics?region=340104")).answer(200, OWNER_INSPECTOR, OWNER_SUPERVISOR, OWNER_COORDINATOR,
						SAME_REGION).otherwise(403);
		api("GET /api/statistics/{table}.csv", w -> api.get(w).get("/api/statistics/transfers.csv")).otherwise(200);
		apiVariant("GET /api/statistics/{table}.csv", "Wuhu", w -> api.get(w).get(
				"/api/statistics/transfers.csv?region=3402")).answer(200, WUHU_AGENCIES).otherwise(403);
		api("GET /api/statistics.xlsx", w -> api.get(w).get("/api/statistics.xlsx")).otherwise(200);
		apiVariant("GET /api/statistics.xlsx", "Wuhu", w -> api.get(w).get(
				"/api/statistics.xlsx?region=3402")).answer(200, WUHU_AGENCIES).otherwise(403);

		defineTheIntakeRows();

		// Pages
		String cp = "/cases/" + caseId;
		page("GET /", w -> pages(w).get("/")).otherwise(302);
		page("GET /login", w -> pages(w).get("/login")).answer(200, ANONYMOUS).otherwise(200);
		page("GET /cases", w -> pages(w).get("/cases")).otherwise(200);
		page("GET /cases/new", w -> pages(w).get("/cases/new")).otherwise(200);
		page("GET /cases/{id}", w -> pages(w).get(cp)).answer(200, SUMMARY_READERS).otherwise(404);
		page("GET /cases/{id}/edit", w -> pages(w).get(cp + "/edit")).answer(200, ownerWorkers)
			.answer(403, SUMMARY_READERS).otherwise(404);
		page("GET /cases/{id}/documents/{documentId}", w -> pages(w).get(cp + "/documents/" + sharedDocument))
			.answer(200, SHARED_DOCUMENT_READERS).otherwise(404);
		// The form shows the owner agency the conflict check; only an inspector gets the proposal form in it.
		page("GET /cases/{caseId}/transfers/new", w -> pages(w).get(cp + "/transfers/new"))
			.answer(200, OWNER).answer(403, SUMMARY_READERS).otherwise(404);
		page("GET /transfers/{id}", w -> pages(w).get("/transfers/" + transferId)).answer(200, TRANSFER_PARTIES)
			.otherwise(404);
		page("GET /transfers/{id}/model", w -> pages(w).get("/transfers/" + transferId + "/model"))
			.answer(200, TRANSFER_PARTIES).otherwise(404);
		page("GET /cases/{caseId}/assistance-requests/new", w -> pages(w).get(cp + "/assistance-requests/new"))
			.answer(200, ownerWorkers).answer(403, SUMMARY_READERS).otherwise(404);
		page("GET /assistance-requests/{id}", w -> pages(w).get("/assistance-requests/" + requestId))
			.answer(200, OWNER).answer(200, ADDRESSEE).otherwise(404);
		page("GET /assistance-requests/{id}/model", w -> pages(w).get("/assistance-requests/" + requestId + "/model"))
			.answer(200, OWNER).answer(200, ADDRESSEE).otherwise(404);
		page("GET /reviews/new", w -> pages(w).get("/reviews/new")).answer(200, OWNER_COORDINATOR).otherwise(403);
		page("GET /reviews/{id}", w -> pages(w).get("/reviews/" + reviewId)).answer(200, OWNER)
			.answer(200, PARTICIPANT).otherwise(404);
		page("GET /reviews/{id}/model", w -> pages(w).get("/reviews/" + reviewId + "/model")).answer(200, OWNER)
			.answer(200, PARTICIPANT).otherwise(404);
		page("GET /inbox", w -> pages(w).get("/inbox")).otherwise(200);
		// Officer experience (issue 12): the notices page, bulk claims, saved inbox filters (each officer's own)
		page("GET /notices", w -> pages(w).get("/notices")).otherwise(200);
		page("POST /inbox/claims", w -> pages(w).post("/inbox/claims", Map.of("taskIds", "no-such-task")))
			.otherwise(404);
		page("POST /inbox/saved-filters", w -> pages(w).post("/inbox/saved-filters", Map.of("name", "Matrix " + w,
				"query", "overdue=true"))).otherwise(302);
		page("POST /cases/{id}/informant/reveal", w -> pages(w).post(cp + "/informant/reveal", Map.of()))
			.answer(200, OWNER).answer(403, SUMMARY_READERS).otherwise(404);
		page("POST /inbox/saved-filters/{id}/delete", w -> pages(w).post("/inbox/saved-filters/" + UUID.randomUUID()
				+ "/delete", Map.of())).otherwise(404);
		page("GET /me/password", w -> pages(w).get("/me/password")).otherwise(200);
		page("POST /me/password", w -> pages(w).post("/me/password", Map.of("currentPassword", PASSWORD,
				"newPassword", "short"))).otherwise(200);
		page("GET /tasks/{id}", w -> pages(w).get("/tasks/" + designationTask)).answer(200, designator)
			.otherwise(404);
		page("GET /tasks/{id}/record", w -> pages(w).get("/tasks/" + designationTask + "/record"))
			.answer(302, designator).otherwise(404);
		page("GET /overview", w -> pages(w).get("/overview")).answer(200, OWNER_COORDINATOR).otherwise(403);
		// Statistics pages: as their API.
		page("GET /statistics", w -> pages(w).get("/statistics")).otherwise(200);
		pageVariant("GET /statistics", "Wuhu", w -> pages(w).get("/statistics?region=3402"))
			.answer(200, WUHU_AGENCIES).otherwise(403);
		page("GET /statistics/{table}.csv", w -> pages(w).get("/statistics/cases.csv")).otherwise(200);
		page("GET /statistics.xlsx", w -> pages(w).get("/statistics.xlsx")).otherwise(200);
		page("GET /statistics/summary", w -> pages(w).get("/statistics/summary")).otherwise(200);
		pageVariant("GET /statistics/summary", "Wuhu", w -> pages(w).get("/statistics/summary?region=3402"))
			.answer(200, WUHU_AGENCIES).otherwise(403);
		// The directory's agencies and the calendar are read by every officer, as in the API; changing them is not.
		page("GET /admin/agencies", w -> pages(w).get("/admin/agencies")).otherwise(200);
		page("GET /admin/agencies/{code}", w -> pages(w).get("/admin/agencies/340104-MR")).answer(200, ADMINISTRATOR)
			.otherwise(403);
		page("GET /admin/calendar", w -> pages(w).get("/admin/calendar")).otherwise(302);
		page("GET /admin/calendar/{year}", w -> pages(w).get("/admin/calendar/2026")).otherwise(200);
		// Operations (the operators' page of the engine's incidents and failed jobs)
		page("GET /operations", w -> pages(w).get("/operations")).answer(200, OPERATOR).otherwise(403);
		page("POST /operations/failed-jobs/{id}/retry", w -> pages(w).post("/operations/failed-jobs/"
				+ UUID.randomUUID() + "/retry", Map.of())).answer(404, OPERATOR).otherwise(403);

		page("POST /cases", w -> pages(w).post("/cases", caseForm(Map.of()))).answer(302, CASE_WORKERS)
			.otherwise(403);
		page("POST /cases/{id}", w -> pages(w).post(cp, caseForm(Map.of("version", version().replace("\"", "")))))
			.answer(302, ownerWorkers).answer(403, SUMMARY_READERS).otherwise(404);
		page("POST /cases/{id}/notes", w -> pages(w).post(cp + "/notes", Map.of("text", "Page note by " + w)))
			.answer(302, FULL_READERS).otherwise(404);
		page("POST /cases/{id}/documents", w -> pages(w).postFile(cp + "/documents", "file", "page.txt"))
			.answer(302, ownerWorkers).answer(403, SUMMARY_READERS).otherwise(404);
		page("POST /cases/{id}/shares", w -> pages(w).post(cp + "/shares", Map.of("agencyCode", "3402-HE", "scope",
				"SUMMARY", "reason", "Matrix"))).answer(302, OWNER_SUPERVISOR).answer(403, SUMMARY_READERS)
			.otherwise(404);
		page("POST /cases/{id}/shares/{shareId}/revoke", w -> pages(w).post(cp + "/shares/"
				+ target(w, Set.of(OWNER_SUPERVISOR), () -> share(null, "SUMMARY", List.of()), fixtureShare)
				+ "/revoke", Map.of())).answer(302, OWNER_SUPERVISOR).answer(403, SUMMARY_READERS).otherwise(404);
		page("POST /cases/{caseId}/transfers", w -> pages(w).post(cp + "/transfers", Map.of("targetAgency",
				"3402-HE", "reason", "Matrix"))).answer(200, OWNER_INSPECTOR).answer(403, SUMMARY_READERS)
			.otherwise(404);
		page("POST /cases/{id}/informant-requests", w -> pages(w).post("/cases/" + takenOver + "/informant-requests",
				Map.of("reason", "Matrix"))).answer(PASS, EnumSet.of(OWNER_INSPECTOR, OWNER_SUPERVISOR))
			.answer(403, OWNER_COORDINATOR).answer(403, recorders).otherwise(404);
		page("POST /transfers/{id}/withdraw", w -> pages(w).post("/transfers/"
				+ target(w, ownerWorkers, this::freshTransfer, transferId) + "/withdraw", Map.of("reason", "Matrix")))
			.answer(302, ownerWorkers).answer(403, TRANSFER_PARTIES).otherwise(404);
		page("POST /cases/{caseId}/assistance-requests", w -> pages(w).post(cp + "/assistance-requests", Map.of(
				"items[0].question", "Registered?", "items[0].businessName", "Matrix Fitness Ltd", "addressees", "3402-HE")))
			.answer(302, ownerWorkers).answer(403, SUMMARY_READERS).otherwise(404);
		page("POST /assistance-requests/{id}/cancel", w -> pages(w).post("/assistance-requests/"
				+ target(w, ownerWorkers, () -> newRequest("3402-HE"), requestId) + "/cancel",
				Map.of("reason", "Matrix"))).answer(302, ownerWorkers).answer(403, OWNER_COORDINATOR, ADDRESSEE)
			.otherwise(404);
		String rp = "/assistance-requests/" + requestId + "/addressees/" + ADDRESSEE.agency;
		page("POST /assistance-requests/{id}/addressees/{agency}/readdress", w -> pages(w).post(rp + "/readdress",
				Map.of("agencyCode", "3402-HE"))).answer(302, ownerWorkers).answer(403, OWNER_COORDINATOR, ADDRESSEE)
			.otherwise(404);
		page("POST /assistance-requests/{id}/addressees/{agency}/extension", w -> pages(w).post(rp + "/extension",
				Map.of("workingDays", "5", "reason", "Matrix"))).answer(PASS, ADDRESSEE).answer(403, OWNER)
			.otherwise(404);
		page("POST /assistance-requests/{id}/addressees/{agency}/documents", w -> pages(w).postFile(rp + "/documents",
				"file", "reply.txt")).answer(PASS, ADDRESSEE).answer(403, OWNER).otherwise(404);
		page("POST /reviews", w -> pages(w).post("/reviews", Map.of("title", "Matrix", "agenda", "Refunds",
				"caseIds", caseId.toString(), "participants", "3402-HE", "meetingAt", LocalDateTime
					.now(ZoneId.of("Asia/Shanghai")).plusDays(10).truncatedTo(ChronoUnit.MINUTES).toString())))
			.answer(302, OWNER_COORDINATOR).otherwise(403);
		page("POST /reviews/{id}/close-opinion-phase", w -> pages(w).post("/reviews/"
				+ target(w, Set.of(OWNER_COORDINATOR), this::freshReview, reviewId) + "/close-opinion-phase",
				Map.of())).answer(302, OWNER_COORDINATOR).answer(403, OWNER).answer(403, PARTICIPANT).otherwise(404);
		page("POST /reviews/{id}/actions/{actionId}/cancel", w -> pages(w).post("/reviews/" + reviewId + "/actions/"
				+ UUID.randomUUID() + "/cancel", Map.of("reason", "Matrix")))
			.answer(404, OWNER_COORDINATOR).answer(403, OWNER).answer(403, PARTICIPANT).otherwise(404);
		page("POST /notices/{id}/acknowledge", w -> pages(w).post("/notices/" + UUID.randomUUID() + "/acknowledge",
				Map.of())).otherwise(404);
		page("POST /tasks/{id}/claim", w -> pages(w).post("/tasks/" + designationTask + "/claim", Map.of()))
			.answer(302, designator).otherwise(404);
		page("POST /tasks/{id}/unclaim", w -> pages(w).post("/tasks/" + designationTask + "/unclaim", Map.of()))
			.answer(302, designator).otherwise(404);
		page("POST /tasks/{id}/actions/{action}", w -> pages(w).post("/tasks/"
				+ target(w, designator, this::freshDesignationTask, designationTask) + "/actions/designate",
				Map.of("agencyCode", TRANSFER_TARGET.agency, "reasoning", "Matrix")))
			.answer(302, designator).otherwise(404);
		page("POST /tasks/{id}/deadline/{change}", w -> pages(w).post("/tasks/" + designationTask
				+ "/deadline/extension", Map.of("workingDays", "1", "reason", "Matrix")))
			.answer(PASS, designator).otherwise(404);
		page("POST /admin/agencies", w -> pages(w).post("/admin/agencies", Map.of("departmentCode", "MR",
				"regionCode", "340102", "nameZh", "瑶海", "nameEn", "Yaohai"))).answer(PASS, ADMINISTRATOR)
			.otherwise(403);
		page("POST /admin/agencies/{code}/officers", w -> pages(w).post("/admin/agencies/3402-HE/officers", Map.of(
				"username", "mx" + run + ".page." + w.ordinal(), "displayName", "Matrix", "password", PASSWORD,
				"roles", "INSPECTOR"))).answer(PASS, ADMINISTRATOR).otherwise(403);
		page("POST /admin/officers/{username}/enabled", w -> pages(w).post("/admin/officers/" + spareOfficer
				+ "/enabled", Map.of("enabled", "true"))).answer(302, ADMINISTRATOR).otherwise(403);
		page("POST /admin/officers/{username}/roles", w -> pages(w).post("/admin/officers/" + spareOfficer
				+ "/roles", Map.of("roles", "INSPECTOR"))).answer(302, ADMINISTRATOR).otherwise(403);
		page("POST /admin/calendar/{year}", w -> pages(w).post("/admin/calendar/2027", Map.of()))
			.answer(PASS, ADMINISTRATOR).otherwise(403);
		campaignRows();
		alertRows();
	}

	/** Alerts: the owner agency issued one to the same region's police; any supervisor issues one. */
	private void alertRows() {
		Set<Who> readers = union(OWNER, EnumSet.of(SAME_REGION));
		Set<Who> supervisors = EnumSet.noneOf(Who.class);
		for (Who who : Who.values()) {
			if (who.roles.contains("SUPERVISOR")) {
				supervisors.add(who);
			}
		}
		api("POST /api/alerts", w -> api.get(w).post("/api/alerts", alert("3402-HE"))).answer(201, supervisors)
			.otherwise(403);
		api("GET /api/alerts", w -> api.get(w).get("/api/alerts")).otherwise(200);
		api("GET /api/alerts/{id}", w -> api.get(w).get("/api/alerts/" + alertId)).answer(200, readers)
			.otherwise(404);
		page("GET /alerts", w -> pages(w).get("/alerts")).otherwise(200);
		page("GET /alerts/new", w -> pages(w).get("/alerts/new")).answer(200, supervisors).otherwise(403);
		page("POST /alerts", w -> pages(w).post("/alerts", Map.of("subject", "PRACTICE", "practice",
				"Matrix: cards sold before closing", "category", "PREPAID_CARD", "severity", "LOW", "summary", "Matrix",
				"agencies", "3402-HE", "expiresOn", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate()
					.plusDays(10).toString()))).answer(302, supervisors).otherwise(403);
		page("GET /alerts/{id}", w -> pages(w).get("/alerts/" + alertId)).answer(200, readers).otherwise(404);
	}

	/** Campaigns: the owner agency coordinates and participates, the same region's police participates. */
	private void campaignRows() {
		String cg = "/api/campaigns/" + campaignId;
		Set<Who> takingPart = union(OWNER, EnumSet.of(SAME_REGION));
		Set<Who> notCoordinating = EnumSet.of(OWNER_INSPECTOR, OWNER_SUPERVISOR, SAME_REGION);
		Set<Who> coordinator = Set.of(OWNER_COORDINATOR);
		api("POST /api/campaigns", w -> api.get(w).post("/api/campaigns",
				CampaignFixtures.launch("Matrix", "340104", List.of("MR")))).answer(201, OWNER_COORDINATOR)
			.otherwise(403);
		api("GET /api/campaigns", w -> api.get(w).get("/api/campaigns")).otherwise(200);
		api("GET /api/campaigns/{id}", w -> api.get(w).get(cg)).answer(200, takingPart).otherwise(404);
		api("POST /api/campaigns/{id}/closure", w -> api.get(w).post("/api/campaigns/"
				+ target(w, coordinator, this::launchCampaign, campaignId) + "/closure", Map.of("conclusion", "Matrix")))
			.answer(200, coordinator).answer(403, notCoordinating).otherwise(404);
		api("PUT /api/campaigns/{id}/table-sharing", w -> api.get(w).put(cg + "/table-sharing",
				Map.of("shared", false))).answer(200, coordinator).answer(403, notCoordinating).otherwise(404);
		api("GET /api/campaigns/{id}/cases", w -> api.get(w).get(cg + "/cases")).answer(200, takingPart)
			.otherwise(404);
		Set<Who> ownerWorkers = EnumSet.of(OWNER_INSPECTOR, OWNER_SUPERVISOR);
		api("POST /api/campaigns/{id}/cases", w -> api.get(w).post(cg + "/cases", Map.of("caseId",
				target(w, ownerWorkers, this::newCase, caseId)))).answer(201, ownerWorkers)
			.answer(403, OWNER_COORDINATOR).otherwise(404);
		api("GET /api/campaigns/{id}/periods/{period}/prefill", w -> api.get(w).get(cg + "/periods/1/prefill"))
			.answer(200, takingPart).otherwise(404);

		String cp = "/campaigns/" + campaignId;
		page("GET /campaigns", w -> pages(w).get("/campaigns")).otherwise(200);
		page("GET /campaigns/new", w -> pages(w).get("/campaigns/new")).answer(200, OWNER_COORDINATOR).otherwise(403);
		page("POST /campaigns", w -> pages(w).post("/campaigns", Map.of("title", "Matrix", "theme", "PREPAID_CARD",
				"regionCode", "340104", "departments", "MR", "startsOn", LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
					.toLocalDate().toString(), "endsOn", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate()
					.plusDays(10).toString(), "schedule", "ONCE", "figures", "FINES")))
			.answer(302, OWNER_COORDINATOR).otherwise(403);
		page("GET /campaigns/{id}", w -> pages(w).get(cp)).answer(200, takingPart).otherwise(404);
		page("GET /campaigns/{id}/model", w -> pages(w).get(cp + "/model")).answer(200, takingPart).otherwise(404);
		page("POST /campaigns/{id}/close", w -> pages(w).post("/campaigns/"
				+ target(w, coordinator, this::launchCampaign, campaignId) + "/close", Map.of("conclusion", "Matrix")))
			.answer(302, coordinator).answer(403, notCoordinating).otherwise(404);
		page("POST /campaigns/{id}/table-sharing", w -> pages(w).post(cp + "/table-sharing",
				Map.of("shared", "false"))).answer(302, coordinator).answer(403, notCoordinating).otherwise(404);
		page("GET /campaigns/{id}/reports/{taskId}", w -> pages(w).get(cp + "/reports/" + campaignReportTask))
			.answer(200, ownerWorkers).otherwise(404);
	}

	private Map<String, String> caseForm(Map<String, String> more) {
		Map<String, String> form = new LinkedHashMap<>(Map.of("title", "Matrix case " + run, "summary",
				"Prepaid cards sold, then the shop closed", "category", "PREPAID_CARD", "regionCode", "340104",
				"parties[0].kind", "BUSINESS", "parties[0].name", "Matrix Fitness Ltd", "informantChannel", "HOTLINE",
				"submission", UUID.randomUUID().toString()));
		form.putAll(more);
		return form;
	}

	// Intake: an item the owner agency took in and handles, the person being this run's informant; and one the city
	// (the designator's agency) took in, routed to the owner agency and forwarded by it to another district: its person
	// is known to the agency that took it in and the one handling it, never to the owner agency's record of it.

	static final String FORWARDED_ITEM = "after the owner agency forwarded it";
	private final String intakePerson = "Complainant" + run;
	UUID intakeItem;
	UUID forwardedItem;
	UUID intakeAttachment;

	private Map<String, Object> intakeBody(String personName) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "COMPLAINT");
		body.put("channel", "PLATFORM_12315");
		body.put("workOrder", "MX-" + run + "-" + UUID.randomUUID());
		body.put("person", Map.of("name", personName, "contact", "1370000" + run.length(), "realName", true));
		body.put("business", Map.of("name", "Matrix Fitness Ltd", "creditCode", "91340100MA2N123401", "regionCode",
				"340104"));
		body.put("facts", "Prepaid cards sold, then the shop closed");
		return body;
	}

	private UUID intakeItem(Who takenInBy, String personName) {
		ApiClient.Response received = api.get(takenInBy).post("/api/intake/items", intakeBody(personName));
		expect(received, 201);
		return UUID.fromString(received.json().path("id").asText());
	}

	private void buildTheIntakeFixture() {
		intakeItem = intakeItem(OWNER_INSPECTOR, informantName);
		intakeAttachment = upload(api.get(OWNER_INSPECTOR), "/api/intake/items/" + intakeItem + "/attachments",
				"letter" + run + ".txt");
		forwardedItem = intakeItem(DESIGNATOR, intakePerson);
		String task = api.get(OWNER_INSPECTOR).get("/api/intake/items/" + forwardedItem).json().path("tasks").get(0)
			.path("id").asText();
		act(OWNER_INSPECTOR, task, "forward", Map.of("agencyCode", OTHER_DISTRICT.agency, "reason",
				"Matrix: the shop is in Yaohai"));
	}

	private ApiClient.Response uploadBatch(ApiClient client) {
		String boundary = "matrix-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"batch.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nkind,channel,workOrder,businessName,facts\r\n--" + boundary + "--\r\n";
		return client.send(client.request("/api/intake/batches")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private void defineTheIntakeRows() {
		Set<Who> workers = union(CASE_WORKERS, EnumSet.of(OWNER_COORDINATOR));
		ApiClient.Response batch = uploadBatch(api.get(OWNER_INSPECTOR));
		expect(batch, 201);
		String batchPath = batch.header("Location");
		api("POST /api/intake/batches", w -> uploadBatch(api.get(w))).answer(201, CASE_WORKERS).otherwise(403);
		api("GET /api/intake/batches/{id}", w -> api.get(w).get(batchPath)).answer(200, OWNER).otherwise(404);
		api("POST /api/intake/items", w -> api.get(w).post("/api/intake/items", intakeBody("Matrix walk-in")))
			.answer(201, CASE_WORKERS).otherwise(403);
		api("GET /api/intake/items", w -> api.get(w).get("/api/intake/items?size=200")).answer(200, workers)
			.otherwise(403);
		api("GET /api/intake/items/{id}", w -> api.get(w).get("/api/intake/items/" + intakeItem))
			.answer(200, OWNER).otherwise(404);
		api("GET /api/intake/hot-spots", w -> api.get(w).get("/api/intake/hot-spots")).answer(200, workers)
			.otherwise(403);
		apiVariant("GET /api/intake/items/{id}", FORWARDED_ITEM,
				w -> api.get(w).get("/api/intake/items/" + forwardedItem))
			.answer(200, OWNER).answer(200, OTHER_DISTRICT, DESIGNATOR).otherwise(404);
		// Files: the agency handling the item adds them, and the officer who took it in until it is decided (the
		// designator took the forwarded item in); its readers read them.
		String files = "/api/intake/items/" + intakeItem + "/attachments";
		String forwardedFiles = "/api/intake/items/" + forwardedItem + "/attachments";
		api("POST /api/intake/items/{id}/attachments", w -> api.get(w).send(multipart(api.get(w), files,
				"matrix.txt"))).answer(201, OWNER).otherwise(404);
		apiVariant("POST /api/intake/items/{id}/attachments", FORWARDED_ITEM, w -> api.get(w).send(multipart(
				api.get(w), forwardedFiles, "matrix.txt"))).answer(201, OTHER_DISTRICT, DESIGNATOR).answer(403, OWNER)
			.otherwise(404);
		api("GET /api/intake/items/{id}/attachments", w -> api.get(w).get(files)).answer(200, OWNER).otherwise(404);
		apiVariant("GET /api/intake/items/{id}/attachments", FORWARDED_ITEM, w -> api.get(w).get(forwardedFiles))
			.answer(200, OWNER).answer(200, OTHER_DISTRICT, DESIGNATOR).otherwise(404);
		api("GET /api/intake/items/{id}/attachments/{attachmentId}/content", w -> api.get(w).get(files + "/"
				+ intakeAttachment + "/content")).answer(200, OWNER).otherwise(404);

		page("GET /intake", w -> pages(w).get("/intake")).answer(200, workers).otherwise(403);
		page("GET /intake/items/{id}", w -> pages(w).get("/intake/items/" + intakeItem)).answer(200, OWNER)
			.otherwise(404);
		page("POST /intake/items/{id}/attachments", w -> pages(w).postFile("/intake/items/" + intakeItem
				+ "/attachments", "file", "page.txt")).answer(302, OWNER).otherwise(404);
		page("GET /intake/items/{id}/attachments/{attachmentId}", w -> pages(w).get("/intake/items/" + intakeItem
				+ "/attachments/" + intakeAttachment)).answer(200, OWNER).otherwise(404);
		page("GET /intake/batches/new", w -> pages(w).get("/intake/batches/new")).otherwise(200);
		// The file lacks the columns: a case worker gets the form back with why, nothing imported.
		page("POST /intake/batches", w -> pages(w).postFile("/intake/batches", "file", "page.txt"))
			.answer(200, CASE_WORKERS).otherwise(403);
		page("GET /intake/batches/{id}", w -> pages(w).get(batchPath.replace("/api", ""))).answer(200, OWNER)
			.otherwise(404);
		page("GET /intake/hot-spots", w -> pages(w).get("/intake/hot-spots")).answer(200, workers).otherwise(403);
	}

	/** The forwarded item's person: known where it was taken in and where it went, never in the owner's record of it. */
	private void absentFromIntake(Row row, Who who, String body) {
		if (FORWARDED_ITEM.equals(row.variant) && who != OTHER_DISTRICT && who != DESIGNATOR) {
			mustLack(body, row.operation + " " + row.variant + " as " + who, "the forwarded item's person",
					intakePerson);
		}
	}

	// Running it.

	@Test
	void everyOperationAndPageAnswersEveryPrincipalAsThePoliciesSay() throws java.io.IOException {
		defineTheTable();
		Set<String> covered = rows.stream().map(row -> row.operation).collect(Collectors.toCollection(TreeSet::new));
		Set<String> operations = operations();
		JsonNode paths = ApiClient.as(port, "admin").get("/v3/api-docs").json().path("paths");
		assertThat(operations).as("operations without rows in the matrix").isSubsetOf(covered);
		assertThat(covered).as("rows for operations that no longer exist").isSubsetOf(operations);

		int cells = 0;
		StringBuilder answers = new StringBuilder();
		for (Row row : rows) {
			for (Who who : Who.values()) {
				Integer expected = row.expected.get(who);
				assertThat(expected).as("%s %s has an answer for %s", row.operation, row.variant, who).isNotNull();
				int status = row.call.apply(who);
				cells++;
				answers.append(row.operation).append('\t').append(row.variant).append('\t').append(who).append('\t')
					.append(status).append('\n');
				boolean matches = expected == PASS ? status < 500 && status != 401 && status != 403 && status != 404
						: status == expected;
				if (!matches) {
					mismatches.add("%s %s as %s: expected %s, got %d".formatted(row.operation, row.variant, who,
							expected == PASS ? "no refusal" : expected, status));
				}
				absent(row, who);
			}
		}
		assertThat(created).as("creates that answered 201 with a Location their caller reads")
			.containsAll(documentedCreates(paths));
		System.out.printf("Access matrix: %d rows (%d operations) x %d principals = %d cells%n", rows.size(),
				covered.size(), Who.values().length, cells);
		// Every answer, for comparing two versions of the application cell by cell.
		java.nio.file.Files.writeString(java.nio.file.Path.of("target", "access-matrix.tsv"), answers);
		assertThat(mismatches).isEmpty();
	}

	/** What must not be in the principal's answer, whatever its status. */
	private void absent(Row row, Who who) {
		String body = lastBody.getOrDefault(who, "");
		String cell = row.operation + " " + row.variant + " as " + who;
		if (!OWNER.contains(who)) {
			mustLack(body, cell, "the informant's name", informantName);
			mustLack(body, cell, "the informant's contact", informantContact);
			mustLack(body, cell, "the unshared document", secretFile);
		}
		if (!FULL_READERS.contains(who)) {
			mustLack(body, cell, "the natural person", personName);
			mustLack(body, cell, "the note", noteText);
		}
		absentFromIntake(row, who, body);
	}

	private void mustLack(String body, String cell, String what, String canary) {
		if (body.contains(canary)) {
			mismatches.add(cell + ": the answer shows " + what);
		}
	}

	/** The operations whose description says they answer 201 with Location. */
	private static Set<String> documentedCreates(JsonNode paths) {
		Set<String> creates = new TreeSet<>();
		paths.fieldNames().forEachRemaining(path -> paths.path(path).fields().forEachRemaining(operation -> {
			JsonNode created = operation.getValue().path("responses").path("201");
			assertThat(created.path("headers").has("Location")).as("%s %s documents 201 with Location",
					operation.getKey(), path).isEqualTo(!created.isMissingNode());
			if (!created.isMissingNode()) {
				creates.add(operation.getKey().toUpperCase() + " " + path);
			}
		}));
		return creates;
	}

	/** Every operation of the OpenAPI document and every page route of the pages module. */
	private Set<String> operations() {
		Set<String> operations = new TreeSet<>();
		JsonNode paths = ApiClient.as(port, "admin").get("/v3/api-docs").json().path("paths");
		// The description lists each task action as its own operation; they share one handler and one row.
		paths.fieldNames().forEachRemaining(path -> paths.path(path).fieldNames()
			.forEachRemaining(method -> operations.add(method.toUpperCase() + " "
					+ path.replaceFirst("^/api/tasks/\\{id}/actions/[a-z-]+$", "/api/tasks/{id}/actions/{action}"))));
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			if (mapping.getValue().getBeanType().getPackageName().equals("org.jointcase.pages")) {
				for (String pattern : mapping.getKey().getPatternValues()) {
					mapping.getKey().getMethodsCondition().getMethods()
						.forEach(method -> operations.add(method.name() + " " + pattern));
				}
			}
		}
		return operations;
	}

	private static String json(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	@SafeVarargs
	private static Set<Who> union(Set<Who>... sets) {
		EnumSet<Who> all = EnumSet.noneOf(Who.class);
		for (Set<Who> set : sets) {
			all.addAll(set);
		}
		return all;
	}
}
