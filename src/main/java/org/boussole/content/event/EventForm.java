package org.boussole.content.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The editor's form of an event. Dates, times and numbers are kept as typed, so that a
 * form with a mistake comes back exactly as it was sent.
 */
class EventForm {

	static final String AT_A_SITE = "site";

	static final String ONLINE = "online";

	@NotBlank(message = "{content.event.error.title}")
	@Size(max = EventDetails.MAX_TITLE, message = "{content.event.error.title}")
	private String title = "";

	private String kind = EventKind.WORKSHOP.name();

	@Size(max = EventDetails.MAX_DESCRIPTION, message = "{content.event.error.description}")
	private String description = "";

	private String structureId = "";

	private String place = AT_A_SITE;

	private String siteId = "";

	private String onlineLink = "";

	private String date = "";

	private String startTime = "";

	private String endTime = "";

	private String capacity = "";

	private long version;

	static EventForm of(Event event) {
		EventForm form = new EventForm();
		form.title = event.getTitle();
		form.kind = event.getKind().name();
		form.description = event.getDescription();
		form.structureId = event.getStructureId().toString();
		form.place = event.isOnline() ? ONLINE : AT_A_SITE;
		form.siteId = (event.getSiteId() == null) ? "" : event.getSiteId().toString();
		form.onlineLink = (event.getOnlineLink() == null) ? "" : event.getOnlineLink();
		LocalDateTime start = LocalDateTime.ofInstant(event.getStartsAt(), EventManagement.ZONE);
		form.date = start.toLocalDate().toString();
		form.startTime = start.toLocalTime().toString();
		form.endTime = LocalDateTime.ofInstant(event.getEndsAt(), EventManagement.ZONE).toLocalTime().toString();
		form.capacity = Integer.toString(event.getCapacity());
		form.version = event.getVersion();
		return form;
	}

	/**
	 * Reads what was typed into the details of an event, rejecting each field that cannot
	 * be read.
	 * @return the details, or {@literal null} when {@code errors} has any error
	 */
	@Nullable EventDetails toDetails(Errors errors) {
		UUID structure = EventController.parse(structureId).orElse(null);
		if (structure == null) {
			errors.rejectValue("structureId", "content.event.error.structure");
		}
		UUID site = null;
		String link = null;
		if (ONLINE.equals(place)) {
			link = onlineLink.strip();
			if (!EventDetails.isHttpsLink(link)) {
				errors.rejectValue("onlineLink", "content.event.error.link");
			}
		}
		else {
			site = EventController.parse(siteId).orElse(null);
			if (site == null) {
				errors.rejectValue("siteId", "content.event.error.site");
			}
		}
		LocalDate day = parse(date, LocalDate::parse, "date", errors);
		LocalTime start = parse(startTime, LocalTime::parse, "startTime", errors);
		LocalTime end = parse(endTime, LocalTime::parse, "endTime", errors);
		Integer places = parse(capacity, Integer::valueOf, "capacity", errors);
		EventKind type = parse(kind, EventKind::valueOf, "kind", errors);
		if (start != null && end != null && !end.isAfter(start)) {
			errors.rejectValue("endTime", "content.event.error.end");
		}
		if (places != null && (places < 1 || places > EventDetails.MAX_CAPACITY)) {
			errors.rejectValue("capacity", "content.event.error.capacity");
		}
		if (errors.hasErrors() || structure == null || day == null || start == null || end == null || places == null
				|| type == null) {
			return null;
		}
		return new EventDetails(title.strip(), type, description.strip(), structure, site, link, instant(day, start),
				instant(day, end), places);
	}

	private static Instant instant(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(EventManagement.ZONE).toInstant();
	}

	private static <T> @Nullable T parse(String text, java.util.function.Function<String, T> parser, String field,
			Errors errors) {
		try {
			return parser.apply(text.strip());
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			errors.rejectValue(field, "content.event.error." + field);
			return null;
		}
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getStructureId() {
		return structureId;
	}

	public void setStructureId(String structureId) {
		this.structureId = structureId;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getSiteId() {
		return siteId;
	}

	public void setSiteId(String siteId) {
		this.siteId = siteId;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getStartTime() {
		return startTime;
	}

	public void setStartTime(String startTime) {
		this.startTime = startTime;
	}

	public String getEndTime() {
		return endTime;
	}

	public void setEndTime(String endTime) {
		this.endTime = endTime;
	}

	public String getCapacity() {
		return capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
