package org.tejido.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTests {

	@Test
	void quotesTextThatASpreadsheetWouldRunAsAFormula() {
		assertThat(SpreadsheetCells.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(SpreadsheetCells.safe("+1+1")).isEqualTo("'+1+1");
		assertThat(SpreadsheetCells.safe("-2+cmd|' /C calc'!A0")).isEqualTo("'-2+cmd|' /C calc'!A0");
		assertThat(SpreadsheetCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SpreadsheetCells.safe("\tcmd")).isEqualTo("'\tcmd");
	}

	@Test
	void leavesOrdinaryTextAndNumbersAlone() {
		assertThat(SpreadsheetCells.safe("Minera Cobre Sur")).isEqualTo("Minera Cobre Sur");
		assertThat(SpreadsheetCells.safe("")).isEqualTo("");
		assertThat(SpreadsheetCells.safe(-3)).isEqualTo(-3);
		assertThat(SpreadsheetCells.safe("+57 300 123 4567")).isEqualTo("+57 300 123 4567");
		assertThat(SpreadsheetCells.safe("-3.5")).isEqualTo("-3.5");
	}

	@Test
	void readsBackWhatItWrote() {
		for (String text : new String[] { "=1+2", "'quoted", "plain", "-", "'", "+cmd", "+57 1" }) {
			assertThat(SpreadsheetCells.plain(String.valueOf(SpreadsheetCells.safe(text)))).isEqualTo(text);
		}
	}

}
