package org.boussole.audience;

import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report of {@code audience report} as DESIGN.md §5 fixes it: one line of JSON with
 * the fields from, to, visitors, newVisitors, visits, pageViews, searches, devices
 * (desktop, mobile, tablet), estimated (the names of the figures that are estimates:
 * {@code visitors} when the period has days whose page views are purged) and previous
 * (the same fields for the period before), then funnel (the count of each accompaniment
 * funnel step in the period), or CSV with a header line.
 */
final class ReportOutput {

	static final String CSV_HEADER = "period,from,to,visitors,newVisitors,visits,pageViews,searches,desktop,mobile,tablet,estimated";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * On one line, with a space after each colon and comma, as the contract writes it.
	 */
	private static final ObjectWriter WRITER = MAPPER.writer()
		.with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
			.withObjectNameValueSpacing(Separators.Spacing.AFTER)
			.withObjectEntrySpacing(Separators.Spacing.AFTER)
			.withObjectEmptySeparator("")).withObjectIndenter(new DefaultPrettyPrinter.NopIndenter()));

	private ReportOutput() {
	}

	static String json(AudienceReport.Comparison report) {
		ObjectNode root = figures(report.current());
		root.set("previous", figures(report.previous()));
		ObjectNode funnel = root.putObject("funnel");
		report.funnel().forEach((step, count) -> funnel.put(step.reportName(), count));
		return WRITER.writeValueAsString(root);
	}

	static String csv(AudienceReport.Comparison report) {
		return CSV_HEADER + "\n" + csvLine("current", report.current()) + "\n" + csvLine("previous", report.previous())
				+ "\n";
	}

	private static ObjectNode figures(PeriodFigures f) {
		ObjectNode node = MAPPER.createObjectNode();
		node.put("from", f.from().toString());
		node.put("to", f.to().toString());
		node.put("visitors", f.visitors());
		node.put("newVisitors", f.newVisitors());
		node.put("visits", f.visits());
		node.put("pageViews", f.pageViews());
		node.put("searches", f.searches());
		ObjectNode devices = node.putObject("devices");
		devices.put("desktop", f.desktop());
		devices.put("mobile", f.mobile());
		devices.put("tablet", f.tablet());
		ArrayNode estimated = node.putArray("estimated");
		if (f.visitorsEstimated()) {
			estimated.add("visitors");
		}
		return node;
	}

	private static String csvLine(String name, PeriodFigures f) {
		return String.join(",", name, f.from().toString(), f.to().toString(), Long.toString(f.visitors()),
				Long.toString(f.newVisitors()), Long.toString(f.visits()), Long.toString(f.pageViews()),
				Long.toString(f.searches()), Long.toString(f.desktop()), Long.toString(f.mobile()),
				Long.toString(f.tablet()), f.visitorsEstimated() ? "visitors" : "");
	}

}
