package org.boussole.content;

/**
 * A ROME file that cannot be imported: it names the file, the line (1 is the header) and
 * the column, so that an operator can fix it. Nothing has been written when it is thrown.
 */
class RomeImportException extends RuntimeException {

	private final String file;

	private final int line;

	private final String column;

	RomeImportException(String file, int line, String column, String problem) {
		super(file + ", ligne " + line + (column.isEmpty() ? "" : ", colonne « " + column + " »") + " : " + problem);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	String file() {
		return file;
	}

	int line() {
		return line;
	}

	String column() {
		return column;
	}

}
