package org.boussole.accompaniment;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The request for accompaniment as typed. The account fields (name, e-mail, password)
 * only count for a visitor who is not logged in; the controller checks them. Passwords
 * are never shown again.
 */
class RequestForm {

	static final int MAX_NAME = 120;

	@NotNull(message = "{accompaniment.request.error.situation}")
	private @Nullable Situation situation;

	@NotEmpty(message = "{accompaniment.request.error.wishes}")
	private Set<Wish> wishes = EnumSet.noneOf(Wish.class);

	@NotEmpty(message = "{accompaniment.request.error.meetingModes}")
	private Set<MeetingMode> meetingModes = EnumSet.noneOf(MeetingMode.class);

	@Size(max = RequestDetails.MAX_AVAILABILITY, message = "{accompaniment.request.error.availability.tooLong}")
	private @Nullable String availability;

	@NotBlank(message = "{accompaniment.request.error.postalCode.required}")
	@Pattern(regexp = "\\s*(\\d{4,5})?\\s*", message = "{accompaniment.request.error.postalCode.invalid}")
	private @Nullable String postalCode;

	@Size(max = 120, message = "{accompaniment.request.error.commune.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{accompaniment.request.error.commune.markup}")
	private @Nullable String commune;

	@Size(max = RequestDetails.MAX_MESSAGE, message = "{accompaniment.request.error.message.tooLong}")
	private @Nullable String message;

	@NotNull(message = "{accompaniment.request.error.consent}")
	@AssertTrue(message = "{accompaniment.request.error.consent}")
	private @Nullable Boolean consent;

	private @Nullable String depuis;

	private @Nullable String displayName;

	private @Nullable String email;

	private @Nullable String password;

	private @Nullable String passwordConfirmation;

	/**
	 * @return the request, once the form is valid
	 */
	RequestDetails toDetails() {
		return new RequestDetails(situation, wishes, meetingModes, availability, postalCode.strip(), commune, message,
				depuis);
	}

	/** Forgets what must never be shown again. */
	void clearPasswords() {
		this.password = null;
		this.passwordConfirmation = null;
	}

	public @Nullable Situation getSituation() {
		return situation;
	}

	public void setSituation(@Nullable Situation situation) {
		this.situation = situation;
	}

	public Set<Wish> getWishes() {
		return wishes;
	}

	public void setWishes(@Nullable Set<Wish> wishes) {
		this.wishes = (wishes == null || wishes.isEmpty()) ? EnumSet.noneOf(Wish.class) : EnumSet.copyOf(wishes);
	}

	public Set<MeetingMode> getMeetingModes() {
		return meetingModes;
	}

	public void setMeetingModes(@Nullable Set<MeetingMode> meetingModes) {
		this.meetingModes = (meetingModes == null || meetingModes.isEmpty()) ? EnumSet.noneOf(MeetingMode.class)
				: EnumSet.copyOf(meetingModes);
	}

	public @Nullable String getAvailability() {
		return availability;
	}

	public void setAvailability(@Nullable String availability) {
		this.availability = availability;
	}

	public @Nullable String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(@Nullable String postalCode) {
		this.postalCode = postalCode;
	}

	public @Nullable String getCommune() {
		return commune;
	}

	public void setCommune(@Nullable String commune) {
		this.commune = commune;
	}

	public @Nullable String getMessage() {
		return message;
	}

	public void setMessage(@Nullable String message) {
		this.message = message;
	}

	public @Nullable Boolean getConsent() {
		return consent;
	}

	public void setConsent(@Nullable Boolean consent) {
		this.consent = consent;
	}

	public @Nullable String getDepuis() {
		return depuis;
	}

	/** Keeps the page the person came from only if it is a local path. */
	public void setDepuis(@Nullable String depuis) {
		this.depuis = RequestDetails.safeOrigin(depuis);
	}

	public @Nullable String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(@Nullable String displayName) {
		this.displayName = displayName;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getPassword() {
		return password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getPasswordConfirmation() {
		return passwordConfirmation;
	}

	public void setPasswordConfirmation(@Nullable String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
	}

}
