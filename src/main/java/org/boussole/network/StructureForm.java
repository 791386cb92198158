package org.boussole.network;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator types to create or edit a structure. */
class StructureForm {

	@NotBlank(message = "{network.validation.required}")
	@Size(max = 120, message = "{network.validation.max120}")
	@NoMarkup
	private String name = "";

	@NotNull(message = "{network.validation.country}")
	private @Nullable Country country = Country.FR;

	@Size(max = 254, message = "{network.validation.max254}")
	@Email(regexp = "^$|^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$", message = "{network.validation.email}")
	private String contactEmail = "";

	static StructureForm of(Structure structure) {
		StructureForm form = new StructureForm();
		form.name = structure.getName();
		form.country = structure.getCountry();
		form.contactEmail = (structure.getContactEmail() == null) ? "" : structure.getContactEmail();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable Country getCountry() {
		return country;
	}

	public void setCountry(@Nullable Country country) {
		this.country = country;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

}
