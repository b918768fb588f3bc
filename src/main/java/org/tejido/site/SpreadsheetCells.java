package org.tejido.site;

/**
 * Text cells of the CSV files Tejido writes, made safe to open in a spreadsheet: a cell
 * that begins with {@code = + - @}, a tab or a carriage return would be read as a formula
 * (which can run commands or send the sheet's data away), so it gets a leading
 * apostrophe, which spreadsheets show as text. Files read back take the apostrophe off
 * again.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	/** The cell as written: text that a spreadsheet would run as a formula is quoted. */
	public static Object safe(Object cell) {
		if (cell instanceof String text && startsLikeAFormula(text)) {
			return "'" + text;
		}
		return cell;
	}

	/** The cell as read: the quote {@link #safe} added is taken off. */
	public static String plain(String cell) {
		return (cell.startsWith("'") && startsLikeAFormula(cell.substring(1))) ? cell.substring(1) : cell;
	}

	private static boolean startsLikeAFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		if (first == '+' || first == '-') {
			return !text.substring(1).matches("[0-9 .,()/-]*");
		}
		return "=@\t\r".indexOf(first) >= 0;
	}

}
