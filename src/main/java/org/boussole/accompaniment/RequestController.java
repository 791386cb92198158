package org.boussole.accompaniment;

import java.util.Locale;
import java.util.Optional;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.boussole.accounts.SignUpLimitReached;
import org.boussole.shared.ClientAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Asking to be accompanied, from any page or from the accompaniment home page. A visitor
 * without an account creates it in the same form; the request waits for them until they
 * confirm their address and log in. A beneficiary who already has a dossier in progress
 * is sent to it.
 */
@Controller
class RequestController {

	static final String PATH = "/accompagnement/demande";

	static final String SENT_PATH = PATH + "/envoyee";

	static final String SPACE_PATH = "/mon-accompagnement";

	private static final String VIEW = "accompaniment/request";

	/**
	 * The self-guided « Mes centres d'intérêt » of the information pages: its result is
	 * attached to the dossier asked for from it (by the activities, listening to
	 * {@link DossierEvents.DossierRequested}).
	 */
	static final String SELF_GUIDED_INTERESTS = "/metiers/centres-interet";

	private final DossierManagement dossiers;

	private final AccountManagement accounts;

	private final ClientAddress clientAddress;

	RequestController(DossierManagement dossiers, AccountManagement accounts, ClientAddress clientAddress) {
		this.dossiers = dossiers;
		this.accounts = accounts;
		this.clientAddress = clientAddress;
	}

	@GetMapping(PATH)
	String initRequestForm(@AuthenticationPrincipal @Nullable CurrentUser user,
			@RequestParam(required = false) @Nullable String depuis, Model model, RedirectAttributes redirect) {
		if (hasDossierInProgress(user)) {
			redirect.addFlashAttribute("flash", "accompaniment.request.already");
			return "redirect:" + SPACE_PATH;
		}
		RequestForm form = new RequestForm();
		form.setDepuis(depuis);
		model.addAttribute("requestForm", form);
		return show(user, model);
	}

	@PostMapping(PATH)
	String processRequestForm(@AuthenticationPrincipal @Nullable CurrentUser user,
			@Validated @ModelAttribute("requestForm") RequestForm form, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		if (hasDossierInProgress(user)) {
			redirect.addFlashAttribute("flash", "accompaniment.request.already");
			return "redirect:" + SPACE_PATH;
		}
		if (user == null) {
			AccountFields.check(form, result, accounts);
		}
		if (result.hasErrors()) {
			return show(user, model);
		}
		try {
			if (user != null) {
				dossiers.request(user.id(), form.toDetails());
				redirect.addFlashAttribute("flash", "accompaniment.request.sent");
				return "redirect:" + SPACE_PATH;
			}
			dossiers.requestWithNewAccount(form.getEmail(), form.getDisplayName().strip(), form.getPassword(), locale,
					form.toDetails(), clientAddress.of(request));
			return "redirect:" + SENT_PATH;
		}
		catch (SignUpLimitReached limit) {
			result.reject("accompaniment.request.error.tooMany");
			return show(user, model);
		}
		catch (UnknownPlace unknown) {
			result.rejectValue("postalCode", "accompaniment.request.error.postalCode.unknown");
			return show(user, model);
		}
		catch (DataIntegrityViolationException | IllegalStateException ex) {
			// two submissions at the same moment: the second one gets the answer of the
			// first
			return "redirect:" + (user == null ? SENT_PATH : SPACE_PATH);
		}
	}

	@GetMapping(SENT_PATH)
	String showRequestSent() {
		return "accompaniment/request-sent";
	}

	private boolean hasDossierInProgress(@Nullable CurrentUser user) {
		if (user != null && !user.has(Role.BENEFICIARY)) {
			// staff ask for nothing here: their accounts are not beneficiaries' accounts
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return user != null && dossiers.activeDossierOf(user.id()).isPresent();
	}

	private static String show(@Nullable CurrentUser user, Model model) {
		Optional<RequestForm> form = Optional.ofNullable((RequestForm) model.getAttribute("requestForm"));
		form.ifPresent(RequestForm::clearPasswords);
		model.addAttribute("keepsInterests",
				form.map(RequestForm::getDepuis).filter(SELF_GUIDED_INTERESTS::equals).isPresent());
		model.addAttribute("anonymous", user == null);
		model.addAttribute("situations", Situation.values());
		model.addAttribute("wishes", Wish.values());
		model.addAttribute("meetingModes", MeetingMode.values());
		return VIEW;
	}

}
