package org.boussole.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A ROME file read with Apache Commons CSV (RFC 4180: comma separator, header line,
 * quoted fields that may hold line breaks), keeping the line where each record starts, so
 * that a broken file is reported by file, line and column.
 */
final class CsvTable {

	/** One record and the line where it starts. */
	record Row(CsvTable table, int line, String[] fields) {

		/**
		 * @return the value of the column, the empty string when there is none
		 */
		String get(String column) {
			return fields[table.index(column)];
		}

		/**
		 * @return a problem at this record's line, in that column
		 */
		RomeImportException problem(String column, String message) {
			return new RomeImportException(table.file, line, column, message);
		}

	}

	private final String file;

	private final String[] header;

	private final Map<String, Integer> columns = new HashMap<>();

	private final List<Row> rows = new ArrayList<>();

	private CsvTable(String file, String[] header) {
		this.file = file;
		this.header = header;
		for (int i = 0; i < header.length; i++) {
			columns.put(header[i], i);
		}
	}

	/**
	 * @param file the file name, for messages
	 * @param text the whole file
	 * @param required the columns that must be in the header
	 * @throws RomeImportException when the file is malformed or lacks a column
	 */
	static CsvTable parse(String file, String text, List<String> required) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		long previousEnd = 1;
		try (CSVParser parser = CSVParser.parse(text, format)) {
			List<String> head = parser.getHeaderNames();
			if (head.isEmpty()) {
				throw new RomeImportException(file, 1, "", "le fichier est vide");
			}
			CsvTable table = new CsvTable(file, head.toArray(new String[0]));
			for (String column : required) {
				if (!table.columns.containsKey(column)) {
					throw new RomeImportException(file, 1, column, "colonne manquante dans l'en-tête");
				}
			}
			Iterator<CSVRecord> records = parser.iterator();
			while (hasNext(records, file, text, previousEnd, table)) {
				CSVRecord record = records.next();
				// a record starts on the line after the end of the previous one (fields
				// may hold line breaks)
				int line = (int) previousEnd + 1;
				previousEnd = parser.getCurrentLineNumber();
				if (record.size() == 1 && record.get(0).isEmpty()) {
					continue;
				}
				if (record.size() != table.header.length) {
					String column = record.size() < table.header.length ? table.header[record.size()]
							: "n° " + (table.header.length + 1);
					throw new RomeImportException(file, line, column,
							record.size() + " champs au lieu de " + table.header.length);
				}
				table.rows.add(new Row(table, line, record.values()));
			}
			return table;
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new RomeImportException(file, (int) previousEnd + 1, "", "ligne illisible : " + ex.getMessage());
		}
	}

	/**
	 * Reads on, turning a parse failure into a problem at the line where the broken
	 * record starts.
	 */
	private static boolean hasNext(Iterator<CSVRecord> records, String file, String text, long previousEnd,
			CsvTable table) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			int line = (int) previousEnd + 1;
			throw new RomeImportException(file, line, table.columnOfOpenQuote(text, line),
					"guillemet ouvert et jamais fermé");
		}
	}

	/**
	 * @return the column in which a quoted field opens on that line, for the report of a
	 * broken file
	 */
	private String columnOfOpenQuote(String text, int line) {
		String raw = text.lines().skip(line - 1L).findFirst().orElse("");
		int quote = raw.indexOf('"');
		int index = (quote < 0) ? 0 : (int) raw.substring(0, quote).chars().filter(c -> c == ',').count();
		return index < header.length ? header[index] : "";
	}

	List<Row> rows() {
		return rows;
	}

	private int index(String column) {
		Integer index = columns.get(column);
		if (index == null) {
			throw new IllegalArgumentException("no column " + column + " in " + file);
		}
		return index;
	}

}
