package org.boussole.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTests {

	@Test // #3
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		CsvTable table = CsvTable.parse("f.csv", "code,text\nA1,\"one, \"\"two\"\"\nthree\"\nA2,plain\n",
				List.of("code", "text"));
		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(0).get("text")).isEqualTo("one, \"two\"\nthree");
		assertThat(table.rows().get(1).line()).isEqualTo(4);
		assertThat(table.rows().get(1).get("text")).isEqualTo("plain");
	}

	@Test // #3
	void keepsEmptyFieldsAndLeadingZeros() {
		CsvTable table = CsvTable.parse("f.csv", "a,b,c\r\n001,,\r\n", List.of("a"));
		assertThat(table.rows().get(0).fields()).containsExactly("001", "", "");
	}

	@Test // #3
	void reportsAQuoteThatIsNeverClosedWithItsLineAndColumn() {
		assertThatThrownBy(() -> CsvTable.parse("metiers.csv", "code,text,other\nA1,ok,x\nA2,\"broken,x\nA3,fine,y\n",
				List.of("code")))
			.isInstanceOfSatisfying(RomeImportException.class, ex -> {
				assertThat(ex.file()).isEqualTo("metiers.csv");
				assertThat(ex.line()).isEqualTo(3);
				assertThat(ex.column()).isEqualTo("text");
			})
			.hasMessageContaining("metiers.csv, ligne 3, colonne « text »");
	}

	@Test // #3
	void reportsAMissingColumnInTheHeader() {
		assertThatThrownBy(() -> CsvTable.parse("themes.csv", "code_theme,libelle_theme\n001,x\n",
				List.of("code_theme", "libelle_theme", "definition_theme")))
			.isInstanceOfSatisfying(RomeImportException.class, ex -> {
				assertThat(ex.line()).isEqualTo(1);
				assertThat(ex.column()).isEqualTo("definition_theme");
			});
	}

	@Test // #3
	void reportsARecordWithTooFewFields() {
		assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b,c\n1,2,3\n4,5\n", List.of("a")))
			.isInstanceOfSatisfying(RomeImportException.class, ex -> {
				assertThat(ex.line()).isEqualTo(3);
				assertThat(ex.column()).isEqualTo("c");
			})
			.hasMessageContaining("2 champs au lieu de 3");
	}

}
