package org.jointcase.pages;

import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.Notices;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the header of every page counts for the signed-in officer: the notices nobody has acknowledged yet. */
@ControllerAdvice(basePackageClasses = HeaderCounts.class)
class HeaderCounts {

	private final Notices notices;

	HeaderCounts(Notices notices) {
		this.notices = notices;
	}

	@ModelAttribute("unreadNotices")
	Integer unreadNotices(@AuthenticationPrincipal SignedInOfficer officer) {
		return officer == null ? null : notices.unread(officer);
	}
}
