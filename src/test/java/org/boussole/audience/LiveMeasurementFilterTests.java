package org.boussole.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/** The filter alone, with a real User-Agent classifier and a mock buffer. */
class LiveMeasurementFilterTests {

	static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

	static final String ID = "00112233445566778899aabbccddeeff";

	private final LiveRecorder recorder = mock(LiveRecorder.class);

	private final LiveMeasurementFilter filter = new LiveMeasurementFilter(recorder, InMemoryAudience.USER_AGENTS,
			InMemoryAudience.KEYS, Clock.fixed(Instant.parse("2031-05-04T08:00:00Z"), ZoneOffset.UTC));

	@BeforeEach
	@AfterEach
	void signedOut() {
		SecurityContextHolder.clearContext();
	}

	@Test // #8
	void aPublicPageViewIsOfferedWithoutItsQueryAndANewVisitorGetsACookie() throws Exception {
		MockHttpServletRequest request = page("/metiers/D1102");
		request.setQueryString("q=infirmier&utm_source=lettre");
		request.addHeader("Referer", "https://www.google.fr/");
		MockHttpServletResponse response = run(request, html(200));

		LiveView view = offered();
		assertThat(view.path()).isEqualTo("/metiers/D1102");
		assertThat(view.search()).isTrue();
		assertThat(view.referrer()).isEqualTo(ReferrerSource.CAMPAIGN);
		assertThat(view.device()).isEqualTo(Device.DESKTOP);
		assertThat(view.step()).isEqualTo(FunnelStep.READ);
		String cookie = response.getHeader("Set-Cookie");
		assertThat(cookie).matches("bsl_vid=[0-9a-f]{32}; Path=/; Max-Age=\\d+; Expires=.*; HttpOnly; SameSite=Lax");
		assertThat(view.visitor()).isEqualTo(InMemoryAudience.KEYS.key("bsl_vid", cookie.substring(8, 40)));
	}

	@Test // #8
	void aKnownVisitorKeepsTheirCookieWhichIsNeverRenewed() throws Exception {
		MockHttpServletRequest request = page("/");
		request.setCookies(new Cookie("bsl_vid", ID));
		MockHttpServletResponse response = run(request, html(200));
		assertThat(response.getHeader("Set-Cookie")).isNull();
		assertThat(offered().visitor()).isEqualTo(InMemoryAudience.KEYS.key("bsl_vid", ID));
	}

	@Test // #8
	void aForgedCookieIsReplacedByANewId() throws Exception {
		MockHttpServletRequest request = page("/");
		request.setCookies(new Cookie("bsl_vid", "' or 1=1; --" + "x".repeat(4000)));
		MockHttpServletResponse response = run(request, html(200));
		assertThat(response.getHeader("Set-Cookie")).startsWith("bsl_vid=").doesNotContain("or 1=1");
		assertThat(offered().visitor()).hasSize(VisitorKeys.LENGTH);
	}

	@Test // #8
	void crawlersDoNotTrackGpcAndOptOutAreNotMeasuredAndGetNoCookie() throws Exception {
		MockHttpServletRequest bot = new MockHttpServletRequest("GET", "/");
		bot.addHeader("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
		MockHttpServletRequest noUserAgent = new MockHttpServletRequest("GET", "/");
		MockHttpServletRequest dnt = page("/");
		dnt.addHeader("DNT", "1");
		MockHttpServletRequest gpc = page("/");
		gpc.addHeader("Sec-GPC", "1");
		MockHttpServletRequest optedOut = page("/");
		optedOut.setCookies(new Cookie("bsl_optout", "1"), new Cookie("bsl_vid", ID));
		for (MockHttpServletRequest request : List.of(bot, noUserAgent, dnt, gpc, optedOut)) {
			assertThat(run(request, html(200)).getHeader("Set-Cookie")).as(request.getHeader("User-Agent")).isNull();
		}
		verify(recorder, never()).offer(any());
	}

	@Test // #8
	void signedInStaffIsNotMeasuredButABeneficiaryIs() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("c", null,
					List.of(new SimpleGrantedAuthority("ROLE_COUNSELLOR"))));
		run(page("/metiers"), html(200));
		verify(recorder, never()).offer(any());

		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("b", null,
					List.of(new SimpleGrantedAuthority("ROLE_BENEFICIARY"))));
		run(page("/metiers"), html(200));
		offered();
	}

	@Test // #8
	void errorsRedirectsNonHtmlStaffPagesPostsAndHtmxFragmentsAreNotPageViews() throws Exception {
		run(page("/metiers/Z9999"), html(404));
		run(page("/metiers"), html(302));
		run(page("/metiers"), (req, res) -> {
			res.setStatus(200);
			res.setContentType("application/json");
		});
		run(page("/admin/reseau"), html(200));
		run(page("/connexion"), html(200));
		MockHttpServletRequest post = page("/centres");
		post.setMethod("POST");
		run(post, html(200));
		MockHttpServletRequest htmx = page("/centres");
		htmx.addHeader("HX-Request", "true");
		run(htmx, html(200));
		verify(recorder, never()).offer(any());
	}

	@Test // #8
	void thePrivacyPageIsToldTheVisitorsChoice() throws Exception {
		MockHttpServletRequest measured = page("/confidentialite");
		run(measured, html(200));
		assertThat(measured.getAttribute(LiveMeasurementFilter.STATE_ATTRIBUTE)).isEqualTo("measured");
		MockHttpServletRequest optedOut = page("/confidentialite");
		optedOut.setCookies(new Cookie("bsl_optout", "1"));
		run(optedOut, html(200));
		assertThat(optedOut.getAttribute(LiveMeasurementFilter.STATE_ATTRIBUTE)).isEqualTo("opted-out");
		MockHttpServletRequest refused = page("/confidentialite");
		refused.addHeader("Sec-GPC", "1");
		run(refused, html(200));
		assertThat(refused.getAttribute(LiveMeasurementFilter.STATE_ATTRIBUTE)).isEqualTo("refused");
	}

	@Test // #8
	void theHeadersAreReadFromTheServersRequestUnderTheSecurityWrappers() throws Exception {
		MockHttpServletRequest request = page("/metiers/D1102");
		request.addHeader("Referer", "https://www.qwant.com/");
		request.setCookies(new Cookie("bsl_vid", ID));
		// a wrapper that would check every header read, as the security firewall does
		HttpServletRequestWrapper checked = new HttpServletRequestWrapper(request) {
			@Override
			public String getHeader(String name) {
				throw new IllegalStateException("header " + name + " read through the wrapper");
			}
		};
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(checked, response, new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) {
				res.setContentType("text/html");
			}
		}));

		LiveView view = offered();
		assertThat(view.device()).isEqualTo(Device.DESKTOP);
		assertThat(view.referrer()).isEqualTo(ReferrerSource.SEARCH);
		assertThat(view.visitor()).isEqualTo(InMemoryAudience.KEYS.key("bsl_vid", ID));
	}

	@Test // #8
	void headersWithControlCharactersOrGarbageAreSortedWithoutFailingThePage() throws Exception {
		MockHttpServletRequest request = page("/metiers/D1102");
		request.removeHeader("User-Agent");
		request.addHeader("User-Agent", "Mozilla/5.0 \u0000\u0007\u00ff (Windows NT 10.0) \"quoted\" Firefox/128.0");
		request.addHeader("Referer", "\u0001\r\nhttps://exa mple.org:99999/\u00e9t\u00e9");
		request.addHeader("DNT", "\u0000");
		request.setCookies(new Cookie("bsl_vid", ID));
		MockHttpServletResponse response = run(request, html(200));

		assertThat(response.getStatus()).isEqualTo(200);
		LiveView view = offered();
		assertThat(view.referrer()).isNotNull();
		assertThat(view.device()).isEqualTo(Device.DESKTOP);
	}

	@Test // #8
	void aVisitorKeepsTheSameKeyFromPageToPage() throws Exception {
		for (String path : List.of("/", "/metiers/D1102", "/")) {
			MockHttpServletRequest request = page(path);
			request.setCookies(new Cookie("bsl_vid", ID));
			run(request, html(200));
		}
		ArgumentCaptor<LiveView> captor = ArgumentCaptor.forClass(LiveView.class);
		verify(recorder, org.mockito.Mockito.times(3)).offer(captor.capture());
		assertThat(captor.getAllValues()).extracting(LiveView::visitor)
			.containsOnly(InMemoryAudience.KEYS.key("bsl_vid", ID));
	}

	private static MockHttpServletRequest page(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader("User-Agent", FIREFOX);
		request.setServerName("boussole.example.org");
		return request;
	}

	private interface Handler {

		void handle(HttpServletRequest request, HttpServletResponse response) throws Exception;

	}

	private static Handler html(int status) {
		return (request, response) -> {
			response.setStatus(status);
			response.setContentType("text/html;charset=UTF-8");
		};
	}

	private MockHttpServletResponse run(MockHttpServletRequest request, Handler handler) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		HttpServlet servlet = new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) {
				try {
					handler.handle(req, res);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}
		};
		filter.doFilter(request, response, new MockFilterChain(servlet));
		return response;
	}

	private LiveView offered() {
		ArgumentCaptor<LiveView> captor = ArgumentCaptor.forClass(LiveView.class);
		verify(recorder).offer(captor.capture());
		return captor.getValue();
	}

}
