package org.boussole.content.guide;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor types in the guide form. The slug is only read when the guide is
 * created; {@code version} is the version of the guide the editor started from, so that a
 * save over someone else's newer save is caught.
 */
class GuideForm {

	static final int SUMMARY_MAX = 300;

	@Pattern(regexp = "[a-z0-9-]{3,80}", message = "{content.guide.slug.invalid}")
	private String slug = "";

	@NotBlank(message = "{content.guide.title.required}")
	@Size(max = 160, message = "{content.guide.title.tooLong}")
	private String title = "";

	@NotBlank(message = "{content.guide.summary.required}")
	@Size(max = SUMMARY_MAX, message = "{content.guide.summary.tooLong}")
	private String summary = "";

	@NotBlank(message = "{content.guide.body.required}")
	@Size(max = 100_000, message = "{content.guide.body.tooLong}")
	private String body = "";

	@NotNull(message = "{content.guide.territory.required}")
	private @Nullable Territory territory;

	@NotEmpty(message = "{content.guide.audiences.required}")
	private Set<Audience> audiences = new LinkedHashSet<>();

	@NotEmpty(message = "{content.guide.themes.required}")
	private Set<Theme> themes = new LinkedHashSet<>();

	private long version;

	static GuideForm of(Guide guide) {
		GuideForm form = new GuideForm();
		GuideContent content = guide.content();
		form.slug = guide.getSlug();
		form.title = content.title();
		form.summary = content.summary();
		form.body = content.body();
		form.territory = content.territory();
		form.audiences = new LinkedHashSet<>(content.audiences());
		form.themes = new LinkedHashSet<>(content.themes());
		form.version = guide.getVersion();
		return form;
	}

	GuideContent toContent() {
		return new GuideContent(title.strip(), summary.strip(), body, territory == null ? Territory.FRANCE : territory,
				audiences.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(audiences),
				themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes));
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug.strip();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public @Nullable Territory getTerritory() {
		return territory;
	}

	public void setTerritory(@Nullable Territory territory) {
		this.territory = territory;
	}

	public Set<Audience> getAudiences() {
		return audiences;
	}

	public void setAudiences(Set<Audience> audiences) {
		this.audiences = audiences;
	}

	public Set<Theme> getThemes() {
		return themes;
	}

	public void setThemes(Set<Theme> themes) {
		this.themes = themes;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
