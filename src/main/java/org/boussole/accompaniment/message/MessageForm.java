package org.boussole.accompaniment.message;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * A message as typed, with its files and the token of the form it was written in (one
 * message per form, however many times it is sent). On the beneficiary's page, the
 * dossier it is meant for.
 */
class MessageForm {

	private @Nullable String text;

	private @Nullable String token = UUID.randomUUID().toString();

	private @Nullable String dossier;

	private List<MultipartFile> files = new ArrayList<>();

	/**
	 * @return the files actually chosen (a form sent without a file has one empty part)
	 */
	List<MultipartFile> chosenFiles() {
		return files.stream()
			.filter(file -> file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
			.toList();
	}

	public @Nullable String getText() {
		return text;
	}

	public void setText(@Nullable String text) {
		this.text = text;
	}

	public @Nullable String getToken() {
		return token;
	}

	public void setToken(@Nullable String token) {
		this.token = token;
	}

	public @Nullable String getDossier() {
		return dossier;
	}

	public void setDossier(@Nullable String dossier) {
		this.dossier = dossier;
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(@Nullable List<MultipartFile> files) {
		this.files = files == null ? new ArrayList<>() : files;
	}

}
