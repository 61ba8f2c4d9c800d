package org.jointcase.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jointcase.cases.CaseCategory;
import org.jointcase.cases.CaseInput;
import org.jointcase.cases.CaseViews.CaseView;
import org.jointcase.cases.InformantInput;
import org.jointcase.cases.PartyInput;
import org.jointcase.cases.PartyKind;
import org.jointcase.cases.ReportChannel;

/**
 * The case form as the browser posts it: flat strings, so that whatever an officer typed can be shown again when the
 * case service refuses it. {@link #input()} makes the {@link CaseInput} the API takes; its field paths
 * ({@code parties[0].creditCode}) are the form's own, so errors land beside their inputs.
 */
public class CaseForm {

	private String title = "";
	private String summary = "";
	private String category = "";
	private String regionCode = "";
	private List<PartyRow> parties = new ArrayList<>();
	private String informantChannel = "";
	private String informantName = "";
	private String informantContact = "";
	private Long version;
	/** Sent with the creation as its idempotency key, so that a form posted twice creates one case. */
	private String submission = UUID.randomUUID().toString();

	static CaseForm of(CaseView view) {
		CaseForm form = new CaseForm();
		form.title = view.title();
		form.summary = view.summary();
		form.category = view.category().name();
		form.regionCode = view.regionCode();
		view.parties().forEach(p -> form.parties.add(new PartyRow(p.kind().name(), p.name(), p.creditCode(),
				p.idNumber(), p.address(), p.regionCode())));
		if (view.informant().present()) {
			form.informantChannel = view.informant().channel() == null ? "" : view.informant().channel().name();
			form.informantName = view.informant().name();
			form.informantContact = view.informant().contact();
		}
		form.version = view.version();
		return form;
	}

	/** Drops the party rows left empty and adds one empty row to type a new party into. */
	CaseForm withBlankParty() {
		parties.removeIf(PartyRow::blank);
		parties.add(new PartyRow("BUSINESS", "", "", "", "", ""));
		return this;
	}

	CaseForm withoutBlankParties() {
		parties.removeIf(PartyRow::blank);
		return this;
	}

	CaseInput input() {
		List<PartyInput> partyInputs = parties.stream()
			.map(p -> new PartyInput(parse(PartyKind.class, p.getKind()), p.getName(), blank(p.getCreditCode()),
					blank(p.getIdNumber()), blank(p.getAddress()), blank(p.getRegionCode())))
			.toList();
		InformantInput informant = blank(informantChannel) == null && blank(informantName) == null ? null
				: new InformantInput(blank(informantName), blank(informantContact),
						parse(ReportChannel.class, informantChannel));
		return new CaseInput(title, summary, parse(CaseCategory.class, category), regionCode, partyInputs, informant);
	}

	/** The form field a path of {@link CaseInput} stands for. */
	static String field(String path) {
		return switch (path) {
			case "informant.channel" -> "informantChannel";
			case "informant.name" -> "informantName";
			case "informant.contact" -> "informantContact";
			default -> path;
		};
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** One party row of the form. */
	public static class PartyRow {

		private String kind = "BUSINESS";
		private String name = "";
		private String creditCode = "";
		private String idNumber = "";
		private String address = "";
		private String regionCode = "";

		public PartyRow() {
		}

		PartyRow(String kind, String name, String creditCode, String idNumber, String address, String regionCode) {
			this.kind = kind;
			this.name = name;
			this.creditCode = creditCode;
			this.idNumber = idNumber;
			this.address = address;
			this.regionCode = regionCode;
		}

		boolean blank() {
			return CaseForm.blank(name) == null && CaseForm.blank(creditCode) == null && CaseForm.blank(idNumber) == null
					&& CaseForm.blank(address) == null;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getCreditCode() {
			return creditCode;
		}

		public void setCreditCode(String creditCode) {
			this.creditCode = creditCode;
		}

		public String getIdNumber() {
			return idNumber;
		}

		public void setIdNumber(String idNumber) {
			this.idNumber = idNumber;
		}

		public String getAddress() {
			return address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public String getRegionCode() {
			return regionCode;
		}

		public void setRegionCode(String regionCode) {
			this.regionCode = regionCode;
		}
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public List<PartyRow> getParties() {
		return parties;
	}

	public void setParties(List<PartyRow> parties) {
		this.parties = parties;
	}

	public String getInformantChannel() {
		return informantChannel;
	}

	public void setInformantChannel(String informantChannel) {
		this.informantChannel = informantChannel;
	}

	public String getInformantName() {
		return informantName;
	}

	public void setInformantName(String informantName) {
		this.informantName = informantName;
	}

	public String getInformantContact() {
		return informantContact;
	}

	public void setInformantContact(String informantContact) {
		this.informantContact = informantContact;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getSubmission() {
		return submission;
	}

	public void setSubmission(String submission) {
		this.submission = submission;
	}
}
