package org.jointcase.pages;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.Inbox;
import org.jointcase.web.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The record page of any process instance: its diagram with the steps done and the step it is at, beside the steps
 * with who acted when. Process modules link their own record pages here.
 */
@Controller
class ProcessPages {

	private final ProcessRecords records;
	private final Inbox inbox;
	private final HistoryService history;

	ProcessPages(ProcessRecords records, Inbox inbox, HistoryService history) {
		this.records = records;
		this.inbox = inbox;
		this.history = history;
	}

	@GetMapping("/processes/{id}")
	String process(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id, Model model) {
		model.addAttribute("record", records.record(officer, id));
		return "pages/process";
	}

	/** The model the diagram viewer draws, for the officers who may see the record. */
	@GetMapping(path = "/processes/{id}/model", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<byte[]> model(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(records.model(officer, id));
	}

	/** From a task to the record of its process, for the officers the task is addressed to. */
	@GetMapping("/tasks/{id}/process")
	String processOfTask(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id) {
		inbox.task(officer, id);
		HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(id).singleResult();
		if (task == null) {
			throw ApiProblem.notFound("Task");
		}
		return "redirect:/processes/" + task.getProcessInstanceId();
	}
}
