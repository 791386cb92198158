package org.boussole.activity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.boussole.accompaniment.DossierParticipation.Participant;
import org.boussole.accompaniment.DossierParticipation;
import org.boussole.accounts.CurrentUser;
import org.boussole.activity.ActivityManagement.Access;
import org.boussole.content.RomeReferences;
import org.boussole.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The activities of a dossier for its referent and the admins of its structure: give one,
 * read the answers, accept them or ask for more, move the due date. Anyone else is told
 * the dossier does not exist.
 */
@Controller
class StaffActivityController {

	static final String PATH = "/conseil/dossiers/{dossierId}/activites";

	private final ActivityManagement management;

	private final ActivityViews views;

	private final TemplateLibrary library;

	private final DossierParticipation participation;

	private final RomeReferences rome;

	private final ActivityResults results;

	private final ActivityPdf pdf;

	private final ActivityAppointments appointments;

	private final ActivityFiles files;

	private final LivingPlans plans;

	StaffActivityController(ActivityManagement management, ActivityViews views, TemplateLibrary library,
			DossierParticipation participation, RomeReferences rome, ActivityResults results, ActivityPdf pdf,
			ActivityAppointments appointments, ActivityFiles files, LivingPlans plans) {
		this.files = files;
		this.plans = plans;
		this.pdf = pdf;
		this.appointments = appointments;
		this.management = management;
		this.views = views;
		this.library = library;
		this.participation = participation;
		this.rome = rome;
		this.results = results;
	}

	@GetMapping(PATH)
	String showDossierActivities(@AuthenticationPrincipal CurrentUser user, @PathVariable String dossierId,
			Model model) {
		Participant dossier = participation.asStaff(user, Ids.require(dossierId));
		appointments.addChoices(model, dossier.dossierId(), null);
		return list(user, dossier, AssignForm.empty(), Map.of(), model);
	}

	@PostMapping(PATH)
	String processAssignment(@AuthenticationPrincipal CurrentUser user, @PathVariable String dossierId, AssignForm form,
			@RequestParam(required = false) @Nullable String appointmentId, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Participant dossier = participation.asStaff(user, Ids.require(dossierId));
		Map<String, String> errors = form.errors(management.today(dossier));
		if (!dossier.open()) {
			errors.put("dossier", "activity.assign.error.closed");
		}
		UUID template = form.template();
		if (template != null
				&& library.visible(user).stream().noneMatch(t -> t.getId().equals(template) && !t.isArchived())) {
			errors.put("templateId", "activity.assign.error.template");
		}
		ActivityAppointments.Checked appointment = appointments.check(dossier.dossierId(), appointmentId);
		if (appointment.errorKey() != null) {
			errors.put("appointmentId", appointment.errorKey());
		}
		if (!errors.isEmpty()) {
			response.setStatus(422);
			appointments.addChoices(model, dossier.dossierId(), appointmentId);
			return list(user, dossier, form, errors, model);
		}
		management.assign(user, dossier.dossierId(), template, form.instructions(), form.due(),
				appointment.appointmentId());
		redirect.addFlashAttribute("flash", "activity.assign.done");
		return "redirect:/conseil/dossiers/" + dossier.dossierId() + "/activites";
	}

	@GetMapping(PATH + "/{id}")
	String showActivity(@AuthenticationPrincipal CurrentUser user, @PathVariable String dossierId,
			@PathVariable String id, Model model) {
		return review(access(user, dossierId, id), model);
	}

	private String review(Access access, Model model) {
		Activity activity = access.activity();
		String base = "/conseil/dossiers/" + activity.getDossierId() + "/activites/" + activity.getId();
		model.addAttribute("activityFiles", files.byQuestion(activity.getId()));
		model.addAttribute("fileBase", base + "/fichiers/");
		model.addAttribute("stepStatuses", AnswerReader.STEP_STATUSES);
		model.addAttribute("errors", Map.of());
		plans.addTo(model, access, base + "/plan");
		model.addAttribute("activity", views.detail(access));
		model.addAttribute("definition", management.definitionOf(activity));
		model.addAttribute("answers", activity.getAnswers());
		model.addAttribute("results", results.of(activity, management.definitionOf(activity)));
		model.addAttribute("interests", rome.interests());
		appointments.addPrepared(model, activity);
		model.addAttribute("late",
				activity.getStatus().isOpenToAnswers() && activity.isLate(management.today(access.dossier())));
		return "activity/review";
	}

	/**
	 * The referent (or an admin of the structure) updates the steps of an accepted living
	 * plan, as its beneficiary may.
	 */
	@PostMapping(PATH + "/{id}/plan")
	String processPlanUpdate(@AuthenticationPrincipal CurrentUser user, @PathVariable String dossierId,
			@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Access access = access(user, dossierId, id);
		String base = "redirect:/conseil/dossiers/" + access.activity().getDossierId() + "/activites/"
				+ access.activity().getId();
		LivingPlans.Outcome outcome;
		try {
			outcome = plans.update(user, access.activity().getId(), true, request.getParameterMap());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "activity.work.conflict");
			return base;
		}
		if (!outcome.stored()) {
			response.setStatus(422);
			model.addAttribute("planAnswers", outcome.answers());
			model.addAttribute("planErrors", outcome.errors());
			model.addAttribute("refusalKey", outcome.refusalKey());
			return review(access(user, dossierId, id), model);
		}
		redirect.addFlashAttribute("flash", outcome.changed() ? "activity.plan.updated" : "activity.plan.unchanged");
		return base;
	}

	/**
	 * A document attached to an answer, as a download, for the referent and the admins of
	 * the dossier's structure; anyone else gets a 404.
	 */
	@GetMapping(PATH + "/{id}/fichiers/{fileId}")
	ResponseEntity<Resource> downloadFile(@AuthenticationPrincipal CurrentUser user, @PathVariable String dossierId,
			@PathVariable String id, @PathVariable String fileId) {
		return BeneficiaryActivityController.download(files, access(user, dossierId, id), Ids.require(fileId));
	}

	@PostMapping(PATH + "/{id}/avis")
	String processReview(@AuthenticationPrincipal CurrentUser user, @PathVariable String dossierId,
			@PathVariable String id, @RequestParam(required = false) @Nullable String decision,
			@RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		Access access = access(user, dossierId, id);
		String base = "redirect:/conseil/dossiers/" + access.activity().getDossierId() + "/activites/";
		boolean accepted = "accepter".equals(decision);
		if (!accepted && !"completer".equals(decision)) {
			redirect.addFlashAttribute("flashError", "activity.review.error.decision");
			return base + access.activity().getId();
		}
		if (!accepted && (comment == null || comment.isBlank())) {
			redirect.addFlashAttribute("flashError", "activity.review.error.comment");
			return base + access.activity().getId();
		}
		if (comment != null && comment.strip().length() > Activity.MAX_COMMENT) {
			redirect.addFlashAttribute("flashError", "activity.review.error.commentTooLong");
			return base + access.activity().getId();
		}
		if (access.activity().getStatus() != ActivityStatus.SUBMITTED) {
			redirect.addFlashAttribute("flashError", "activity.review.error.notSubmitted");
			return base + access.activity().getId();
		}
		management.review(user, access.activity().getId(), accepted, comment);
		redirect.addFlashAttribute("flash", accepted ? "activity.review.accepted" : "activity.review.returned");
		return base + access.activity().getId();
	}

	@PostMapping(PATH + "/{id}/echeance")
	String processDueDate(@AuthenticationPrincipal CurrentUser user, @PathVariable String dossierId,
			@PathVariable String id, @RequestParam(required = false) @Nullable String dueDate,
			RedirectAttributes redirect) {
		Access access = access(user, dossierId, id);
		String base = "redirect:/conseil/dossiers/" + access.activity().getDossierId() + "/activites/";
		AssignForm form = new AssignForm(access.activity().getTemplateVersionId().toString(), null, dueDate);
		Map<String, String> errors = form.errors(management.today(access.dossier()));
		if (errors.containsKey("dueDate")) {
			redirect.addFlashAttribute("flashError", errors.get("dueDate"));
			return base + access.activity().getId();
		}
		management.changeDueDate(user, access.activity().getId(), form.due());
		redirect.addFlashAttribute("flash", "activity.review.dueDateChanged");
		return base + access.activity().getId();
	}

	private Access access(CurrentUser user, String dossierId, String id) {
		Access access = management.forStaff(user, Ids.require(id));
		if (!access.activity().getDossierId().equals(Ids.require(dossierId))) {
			throw TemplateLibrary.notFound();
		}
		return access;
	}

	private String list(CurrentUser user, Participant dossier, AssignForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("dossier", dossier);
		model.addAttribute("activities", views.rows(dossier));
		model.addAttribute("templates", library.rows(user).stream().filter(t -> !t.archived()).toList());
		model.addAttribute("assignForm", form);
		model.addAttribute("errors", errors);
		model.addAttribute("today", LocalDate.now(dossier.zone()));
		return "activity/dossier-activities";
	}

	/**
	 * The PDF of sent or accepted answers; 404 while there are none to print.
	 */
	@GetMapping(PATH + "/{id}/pdf")
	ResponseEntity<byte[]> downloadPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable String dossierId,
			@PathVariable String id, Locale locale) {
		Access access = access(user, dossierId, id);
		if (!ActivityPdf.printable(access.activity())) {
			throw TemplateLibrary.notFound();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(ActivityPdf.fileName(access.activity().getTitle()), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf.render(access, locale));
	}

}
