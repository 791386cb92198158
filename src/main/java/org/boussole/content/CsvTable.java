package org.boussole.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A small RFC 4180 reader for the ROME files (comma separator, header line, quoted fields that may hold line
 * breaks). It keeps the line where each record starts, so that a broken file is reported by file, line and column
 * rather than by a parser's internal position.
 */
final class CsvTable {

	/** One record and the line where it starts. */
	record Row(CsvTable table, int line, String[] fields) {

		/** @return the value of the column, the empty string when there is none */
		String get(String column) {
			return fields[table.index(column)];
		}

		/** @return a problem at this record's line, in that column */
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
		Parser parser = new Parser(file, text);
		List<String> head = parser.next();
		if (head == null) {
			throw new RomeImportException(file, 1, "", "le fichier est vide");
		}
		CsvTable table = new CsvTable(file, head.toArray(new String[0]));
		for (String column : required) {
			if (!table.columns.containsKey(column)) {
				throw new RomeImportException(file, 1, column, "colonne manquante dans l'en-tête");
			}
		}
		List<String> fields;
		while ((fields = parser.next()) != null) {
			if (fields.size() == 1 && fields.get(0).isEmpty()) {
				continue;
			}
			if (fields.size() != table.header.length) {
				String column = fields.size() < table.header.length ? table.header[fields.size()]
						: "n° " + (table.header.length + 1);
				throw new RomeImportException(file, parser.recordLine, column,
						fields.size() + " champs au lieu de " + table.header.length);
			}
			table.rows.add(new Row(table, parser.recordLine, fields.toArray(new String[0])));
		}
		return table;
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

	/** Reads records one by one, counting lines. */
	private static final class Parser {

		private final String file;

		private final String text;

		private int pos;

		int line = 1;

		int recordLine = 1;

		private String[] header = new String[0];

		Parser(String file, String text) {
			this.file = file;
			// a byte order mark is not part of the first column's name
			this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		}

		@Nullable List<String> next() {
			if (pos >= text.length()) {
				return null;
			}
			recordLine = line;
			List<String> fields = new ArrayList<>();
			while (true) {
				fields.add(text.charAt(pos) == '"' ? quoted(fields.size()) : plain(fields.size()));
				if (pos < text.length() && text.charAt(pos) == ',') {
					pos++;
					if (pos == text.length()) {
						fields.add("");
					}
					continue;
				}
				if (pos < text.length() && text.charAt(pos) == '\r') {
					pos++;
				}
				if (pos < text.length()) {
					pos++; // the line feed
					line++;
				}
				if (fields.size() > 0 && header.length == 0) {
					header = fields.toArray(new String[0]);
				}
				return fields;
			}
		}

		private String quoted(int field) {
			int start = line;
			StringBuilder value = new StringBuilder();
			pos++;
			while (true) {
				if (pos >= text.length()) {
					throw problem(start, field, "guillemet ouvert jamais fermé (fin du fichier atteinte)");
				}
				char c = text.charAt(pos);
				if (c == '"') {
					if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
						value.append('"');
						pos += 2;
						continue;
					}
					pos++;
					break;
				}
				if (c == '\n') {
					line++;
				}
				value.append(c);
				pos++;
			}
			if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
				throw problem(start, field, "guillemet mal fermé (caractère inattendu ligne " + line + ")");
			}
			return value.toString();
		}

		private String plain(int field) {
			int start = pos;
			while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\n') {
				if (text.charAt(pos) == '"') {
					throw problem(line, field, "guillemet au milieu d'un champ sans guillemets");
				}
				pos++;
			}
			int end = pos;
			if (end > start && text.charAt(end - 1) == '\r') {
				end--;
			}
			return text.substring(start, end);
		}

		private RomeImportException problem(int atLine, int field, String message) {
			String column = field < header.length ? header[field] : (header.length == 0 ? "" : "n° " + (field + 1));
			return new RomeImportException(file, atLine, column, message);
		}

	}

}
