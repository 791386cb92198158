package org.boussole.network;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new staff member of a structure: their address, name and role there. */
class StaffInvitationForm {

	@NotBlank(message = "{network.validation.required}")
	@Size(max = 254, message = "{network.validation.max254}")
	@Email(regexp = "^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$", message = "{network.validation.email}")
	private String email = "";

	@NotBlank(message = "{network.validation.required}")
	@Size(max = 120, message = "{network.validation.max120}")
	@NoMarkup
	private String displayName = "";

	@NotNull(message = "{network.validation.role}")
	private @Nullable StaffRole role = StaffRole.COUNSELLOR;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public @Nullable StaffRole getRole() {
		return role;
	}

	public void setRole(@Nullable StaffRole role) {
		this.role = role;
	}

}
