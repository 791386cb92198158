package org.boussole.activity;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.boussole.accompaniment.DossierParticipation;
import org.boussole.accounts.CurrentUser;
import org.boussole.activity.ActivityManagement.Access;
import org.boussole.activity.ActivityManagement.Outcome;
import org.boussole.content.RomeReferences;
import org.boussole.shared.Downloads;
import org.boussole.shared.Ids;
import org.boussole.shared.UploadLimitFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The beneficiary's activities: the list in their space, and the form they fill in across
 * several sittings. "Enregistrer" keeps the answers (also sent every few seconds by
 * {@code activity-autosave.js}, which asks with the header {@code X-Autosave}), "Envoyer"
 * sends them to the referent. Only the person whose dossier it is sees an activity;
 * anyone else gets a 404.
 */
@Controller
class BeneficiaryActivityController {

	static final String PATH = "/mon-accompagnement/activites";

	private final ActivityManagement management;

	private final ActivityViews views;

	private final DossierParticipation participation;

	private final RomeReferences rome;

	private final ActivityResults results;

	private final ActivityPdf pdf;

	private final ActivityAppointments appointments;

	private final ActivityFiles files;

	private final LivingPlans plans;

	BeneficiaryActivityController(ActivityManagement management, ActivityViews views,
			DossierParticipation participation, RomeReferences rome, ActivityResults results, ActivityPdf pdf,
			ActivityAppointments appointments, ActivityFiles files, LivingPlans plans) {
		this.files = files;
		this.plans = plans;
		this.pdf = pdf;
		this.appointments = appointments;
		this.management = management;
		this.views = views;
		this.participation = participation;
		this.rome = rome;
		this.results = results;
	}

	@GetMapping(PATH)
	String showActivities(@AuthenticationPrincipal CurrentUser user, Model model) {
		// only the dossier of the person logged in: there is no id to choose here
		List<ActivityViews.Row> rows = participation.currentOf(user.id())
			.map(dossier -> views.rows(dossier))
			.orElse(List.of());
		model.addAttribute("activities", rows);
		return "activity/my-activities";
	}

	@GetMapping(PATH + "/{id}")
	String showActivity(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(name = UploadLimitFilter.TOO_LARGE, required = false) @Nullable String tooLarge,
			Model model) {
		Access access = management.forBeneficiary(user, Ids.require(id));
		return form(access, access.activity().getAnswers(), Map.of(),
				tooLarge != null ? "activity.file.error.requestTooLarge" : null, model);
	}

	@PostMapping(PATH + "/{id}")
	String processAnswers(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(name = "action", defaultValue = "enregistrer") String action, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		UUID activityId = Ids.require(id);
		boolean submitting = "envoyer".equals(action);
		Outcome outcome;
		try {
			outcome = store(user, activityId, submitting, request);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// an autosave of the same form was written meanwhile: this form holds every
			// answer, so it is applied once more over it
			try {
				outcome = store(user, activityId, submitting, request);
			}
			catch (ObjectOptimisticLockingFailureException again) {
				redirect.addFlashAttribute("flashError", "activity.work.conflict");
				return "redirect:" + PATH + "/" + activityId;
			}
		}
		if (!outcome.stored()) {
			// nothing was stored: the form comes back with what was typed and the
			// problems
			response.setStatus(422);
			return form(management.forBeneficiary(user, activityId), outcome.answers(), outcome.errors(),
					outcome.refusalKey(), model);
		}
		redirect.addFlashAttribute("flash", submitting ? "activity.work.submitted"
				: request.getParameter("retirer") != null ? "activity.file.removed" : "activity.work.saved");
		return "redirect:" + (submitting ? PATH : PATH + "/" + activityId);
	}

	private Outcome store(CurrentUser user, UUID activityId, boolean submitting, HttpServletRequest request) {
		ActivityFiles.Uploads uploads = uploads(request);
		// removing a file keeps the answers as a draft, it never sends them
		return submitting && uploads.removal() == null
				? management.submit(user, activityId, request.getParameterMap(), uploads)
				: management.save(user, activityId, request.getParameterMap(), uploads);
	}

	/**
	 * @return the files of a form sent as multipart, and the file to remove
	 */
	static ActivityFiles.Uploads uploads(HttpServletRequest request) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		Map<String, List<MultipartFile>> parts = multipart == null ? Map.of() : multipart.getMultiFileMap();
		return new ActivityFiles.Uploads(parts, request.getParameter("retirer"));
	}

	/**
	 * Updates the steps of an accepted living plan: POST then redirect; a step that does
	 * not hold comes back with what was typed and nothing stored.
	 */
	@PostMapping(PATH + "/{id}/plan")
	String processPlanUpdate(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		UUID activityId = Ids.require(id);
		LivingPlans.Outcome outcome;
		try {
			outcome = plans.update(user, activityId, false, request.getParameterMap());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "activity.work.conflict");
			return "redirect:" + PATH + "/" + activityId;
		}
		if (!outcome.stored()) {
			response.setStatus(422);
			Access access = management.forBeneficiary(user, activityId);
			model.addAttribute("planAnswers", outcome.answers());
			model.addAttribute("planErrors", outcome.errors());
			return form(access, access.activity().getAnswers(), Map.of(), outcome.refusalKey(), model);
		}
		redirect.addFlashAttribute("flash", outcome.changed() ? "activity.plan.updated" : "activity.plan.unchanged");
		return "redirect:" + PATH + "/" + activityId;
	}

	/**
	 * A document attached to an answer, as a download, for the person whose activity it
	 * is; anyone else gets a 404.
	 */
	@GetMapping(PATH + "/{id}/fichiers/{fileId}")
	ResponseEntity<Resource> downloadFile(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@PathVariable String fileId) {
		Access access = management.forBeneficiary(user, Ids.require(id));
		return download(files, access, Ids.require(fileId));
	}

	static ResponseEntity<Resource> download(ActivityFiles files, Access access, UUID fileId) {
		ActivityFile file = files.find(access.activity().getId(), fileId);
		return Downloads.of(file.getOriginalName(), file.getContentType(), file.getSizeBytes(), files.path(file));
	}

	/**
	 * The autosave of the script: 204 when kept, 422 when something must be corrected,
	 * 409 when another save of the same activity was written at the same moment (the
	 * script saves again on the next change).
	 */
	@PostMapping(path = PATH + "/{id}", headers = "X-Autosave")
	@ResponseBody
	ResponseEntity<Void> autosave(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			HttpServletRequest request) {
		Outcome outcome;
		try {
			outcome = management.save(user, Ids.require(id), request.getParameterMap());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return ResponseEntity.status(409).build();
		}
		return outcome.stored() ? ResponseEntity.noContent().build() : ResponseEntity.status(422).build();
	}

	private String form(Access access, Answers answers, Map<String, AnswerReader.AnswerError> errors,
			@Nullable String refusalKey, Model model) {
		Activity activity = access.activity();
		boolean editable = activity.getStatus().isOpenToAnswers() && access.dossier().open();
		model.addAttribute("activity", views.detail(access));
		model.addAttribute("definition", management.definitionOf(activity));
		model.addAttribute("answers", answers);
		model.addAttribute("errors", errors);
		model.addAttribute("refusalKey", refusalKey);
		model.addAttribute("results", results.of(activity, management.definitionOf(activity)));
		model.addAttribute("editable", editable);
		model.addAttribute("late", activity.isLate(management.today(access.dossier())));
		model.addAttribute("interests", rome.interests());
		model.addAttribute("stepStatuses", AnswerReader.STEP_STATUSES);
		model.addAttribute("hasFiles", management.definitionOf(activity).hasFileQuestion());
		model.addAttribute("activityFiles", files.byQuestion(activity.getId()));
		model.addAttribute("fileBase", PATH + "/" + activity.getId() + "/fichiers/");
		plans.addTo(model, access, PATH + "/" + activity.getId() + "/plan");
		appointments.addPrepared(model, activity);
		model.addAttribute("savedAt", activity.getSavedAt() == null ? null
				: ZonedDateTime.ofInstant(activity.getSavedAt(), access.dossier().zone()));
		return "activity/work";
	}

	/**
	 * The PDF of sent or accepted answers; 404 while there are none to print.
	 */
	@GetMapping(PATH + "/{id}/pdf")
	ResponseEntity<byte[]> downloadPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			Locale locale) {
		Access access = management.forBeneficiary(user, Ids.require(id));
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
