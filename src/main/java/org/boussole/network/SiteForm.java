package org.boussole.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator types about a site; the postal code is checked against the
 * structure's country.
 */
class SiteForm {

	@NotBlank(message = "{network.validation.required}")
	@Size(max = 120, message = "{network.validation.max120}")
	@NoMarkup
	private String name = "";

	@NotBlank(message = "{network.validation.required}")
	@Size(max = 200, message = "{network.validation.max200}")
	@NoMarkup
	private String addressLine = "";

	@NotBlank(message = "{network.validation.required}")
	@Pattern(regexp = "\\s*\\d{4,5}\\s*", message = "{network.validation.postalCode}")
	private String postalCode = "";

	@NotBlank(message = "{network.validation.required}")
	@Size(max = 120, message = "{network.validation.max120}")
	@NoMarkup
	private String commune = "";

	@Size(max = 1000, message = "{network.validation.max1000}")
	@NoMarkup
	private String openingHours = "";

	@Pattern(regexp = "^$|^[0-9+ .()-]{6,30}$", message = "{network.validation.phone}")
	private String phone = "";

	@Size(max = 1000, message = "{network.validation.max1000}")
	@NoMarkup
	private String accessibility = "";

	static SiteForm of(SiteDetails details) {
		SiteForm form = new SiteForm();
		form.name = details.name();
		form.addressLine = details.addressLine();
		form.postalCode = details.postalCode();
		form.commune = details.commune();
		form.openingHours = orEmpty(details.openingHours());
		form.phone = orEmpty(details.phone());
		form.accessibility = orEmpty(details.accessibility());
		return form;
	}

	SiteDetails toDetails() {
		return new SiteDetails(name, addressLine, postalCode.strip(), commune, openingHours, phone.strip(),
				accessibility);
	}

	private static String orEmpty(String text) {
		return (text == null) ? "" : text;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddressLine() {
		return addressLine;
	}

	public void setAddressLine(String addressLine) {
		this.addressLine = addressLine;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCommune() {
		return commune;
	}

	public void setCommune(String commune) {
		this.commune = commune;
	}

	public String getOpeningHours() {
		return openingHours;
	}

	public void setOpeningHours(String openingHours) {
		this.openingHours = openingHours;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getAccessibility() {
		return accessibility;
	}

	public void setAccessibility(String accessibility) {
		this.accessibility = accessibility;
	}

}
