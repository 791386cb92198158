package org.boussole.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Parameters reach the application without control characters, however they are read.
 */
class ControlCharacterFilterTests {

	@Test
	void dropsNulAndOtherControlsButKeepsTabsAndLineBreaks() {
		assertThat(ControlCharacters.strip("a\u0000b\u0001c\u001Fd\u007Fe")).isEqualTo("abcde");
		assertThat(ControlCharacters.strip("ligne 1\r\nligne 2\tfin")).isEqualTo("ligne 1\r\nligne 2\tfin");
		assertThat(ControlCharacters.strip("Été à Genève")).isEqualTo("Été à Genève");
		assertThat(ControlCharacters.strip(null)).isNull();
	}

	@Test
	void everyWayOfReadingAParameterGetsItClean() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/conseil/dossiers");
		request.addParameter("q", "Mar\u0000tin");
		request.addParameter("wishes", "TRAIN", "CHANGE\u0000_JOB");
		request.addParameter("no\u0000te", "texte\r\nsuivant");
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		new ControlCharacterFilter().doFilter(request, new MockHttpServletResponse(),
				(req, res) -> seen.set((HttpServletRequest) req));
		HttpServletRequest clean = seen.get();
		assertThat(clean.getParameter("q")).isEqualTo("Martin");
		assertThat(clean.getParameterValues("wishes")).containsExactly("TRAIN", "CHANGE_JOB");
		assertThat(clean.getParameterMap()).containsOnlyKeys("q", "wishes", "note");
		assertThat(clean.getParameter("note")).isEqualTo("texte\r\nsuivant");
		assertThat(java.util.Collections.list(clean.getParameterNames())).containsExactly("q", "wishes", "note");
	}

}
