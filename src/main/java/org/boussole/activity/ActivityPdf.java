package org.boussole.activity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.activity.ActivityManagement.Access;
import org.boussole.content.RomeReferences;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The PDF of a completed activity: its own page (title, the person's first name, dates,
 * each question with its answer, the referent's comment) rendered by Thymeleaf as XHTML,
 * then laid out by openhtmltopdf with Liberation Sans, shipped with Boussole, so that the
 * accents of French are drawn and can be copied from the document.
 */
@Component
class ActivityPdf {

	private static final String FONT = "Liberation Sans";

	private final ITemplateEngine templates;

	private final ActivityManagement management;

	private final ActivityViews views;

	private final AccountManagement accounts;

	private final RomeReferences rome;

	private final AccountNames names;

	private final ActivityFiles files;

	ActivityPdf(AccountNames names, ITemplateEngine templates, ActivityManagement management, ActivityViews views,
			AccountManagement accounts, RomeReferences rome, ActivityFiles files) {
		this.names = names;
		this.files = files;
		this.templates = templates;
		this.management = management;
		this.views = views;
		this.accounts = accounts;
		this.rome = rome;
	}

	/**
	 * @return whether the activity has answers to print: sent, or accepted
	 */
	static boolean printable(Activity activity) {
		return activity.getStatus() == ActivityStatus.SUBMITTED || activity.getStatus() == ActivityStatus.ACCEPTED;
	}

	byte[] render(Access access, Locale locale) {
		Activity activity = access.activity();
		Context context = new Context(locale);
		context.setVariable("activity", views.detail(access));
		context.setVariable("definition", management.definitionOf(activity));
		context.setVariable("answers", activity.getAnswers());
		// the names of the attached files, without links: the PDF leaves the application
		context.setVariable("activityFiles", files.byQuestion(activity.getId()));
		context.setVariable("interests", rome.interests());
		context.setVariable("firstName",
				firstName(accounts.findById(activity.getBeneficiaryId()).map(this.names::of).orElse("")));
		String xhtml = templates.process("activity/pdf", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> ActivityPdf.class.getResourceAsStream("/activity/fonts/LiberationSans-Regular.ttf"),
					FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> ActivityPdf.class.getResourceAsStream("/activity/fonts/LiberationSans-Bold.ttf"),
					FONT, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static String firstName(String displayName) {
		String name = displayName.strip();
		int space = name.indexOf(' ');
		return space < 0 ? name : name.substring(0, space);
	}

	/**
	 * @return a file name in French, with the title's letters and digits only (accents
	 * removed), e.g. {@code activite-mes-centres-d-interet.pdf}
	 */
	static String fileName(String title) {
		String plain = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (plain.length() > 60) {
			plain = plain.substring(0, 60).replaceAll("-+$", "");
		}
		return "activite" + (plain.isEmpty() ? "" : "-" + plain) + ".pdf";
	}

}
