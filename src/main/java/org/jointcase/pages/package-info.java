/**
 * The web pages for officers, rendered by the application over the same services as the API. Pages never reach a
 * module's {@code process} interface (what only processes may call): ModularityTests holds them to that.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "alerts", "assistance", "calendar",
		"campaigns", "cases", "directory", "disclosures", "intake", "leads", "operations", "reviews", "security",
		"statistics", "tasks", "web" })
package org.jointcase.pages;
