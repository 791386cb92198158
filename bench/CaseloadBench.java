import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load run for a counsellor's daily pages: logs in through the real form (CSRF token of the login page, session
 * cookie kept), then concurrent clients request the caseload page (300 dossiers) and then the page of the dossier
 * with 500 timeline entries, and the latencies seen by the clients are printed as percentiles. The server time of
 * the same requests comes from the access log (see bench/caseload.sh). Run on purpose against a started Boussole
 * whose data was prepared with bench/caseload-data.sql:
 *
 * <pre>java bench/CaseloadBench.java BASE-URL BIG-DOSSIER-ID [clients=20] [requests per client=100]</pre>
 */
public class CaseloadBench {

	static final String EMAIL = "bench.conseil@bench.boussole.test";

	static final String PASSWORD = "Demo-Boussole-2026";

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String dossier = args[1];
		int clients = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		int perClient = args.length > 3 ? Integer.parseInt(args[3]) : 100;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String session = logIn(http, base);
		// what each page must show, so that the run measures the pages it means to (not a
		// login or error page): the caseload counts its 300 dossiers, the dossier page its
		// 502 timeline entries (request, assignment and 500 messages)
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("/conseil/dossiers", "300 dossier");
		expected.put("/conseil/dossiers/" + dossier, "sur 502");
		for (Map.Entry<String, String> page : expected.entrySet()) {
			String path = page.getKey();
			URI url = URI.create(base + path);
			HttpResponse<String> first = http.send(
					HttpRequest.newBuilder(url).header("Accept", "text/html").header("Cookie", session).build(),
					HttpResponse.BodyHandlers.ofString());
			if (first.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + first.statusCode());
			}
			if (!first.body().contains(page.getValue())) {
				throw new IllegalStateException(url + " does not show \"" + page.getValue() + "\": not the page meant");
			}
			System.out.printf("%s: %d characters of HTML%n", path, first.body().length());
			run(http, url, session, clients, 10); // warm-up: JIT, caches
			System.out.println("MEASURE-START " + path);
			long start = System.nanoTime();
			List<Long> latencies = run(http, url, session, clients, perClient);
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.println("MEASURE-END " + path);
			Collections.sort(latencies);
			System.out.printf("client side, %s, %d clients x %d requests: %.0f requests/s%n", path, clients,
					perClient, latencies.size() / seconds);
			for (double p : new double[] { 50, 95, 99, 100 }) {
				int index = (int) Math.min(latencies.size() - 1, Math.ceil(p / 100 * latencies.size()) - 1);
				System.out.printf("  p%-3.0f %7.2f ms%n", p, latencies.get(index) / 1e6);
			}
		}
	}

	/** Logs in as the counsellor of the bench data; returns the session cookie ("name=value"). */
	static String logIn(HttpClient http, String base) throws Exception {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/connexion")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String cookie = cookie(form);
		String body = "email=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("/connexion")) {
			throw new IllegalStateException("Login refused: " + login.statusCode() + " " + location);
		}
		return cookie(login);
	}

	static String cookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(header -> header.startsWith("BOUSSOLE_SESSION="))
			.map(header -> header.substring(0, header.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No session cookie"));
	}

	static HttpRequest request(URI url, String session) {
		return HttpRequest.newBuilder(url)
			.header("Accept", "text/html")
			.header("Accept-Encoding", "gzip")
			.header("Cookie", session)
			.build();
	}

	static List<Long> run(HttpClient http, URI url, String session, int clients, int perClient) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		AtomicInteger errors = new AtomicInteger();
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				List<Long> times = new ArrayList<>(perClient);
				for (int i = 0; i < perClient; i++) {
					long t0 = System.nanoTime();
					HttpResponse<byte[]> response = http.send(request(url, session),
							HttpResponse.BodyHandlers.ofByteArray());
					times.add(System.nanoTime() - t0);
					if (response.statusCode() != 200) {
						errors.incrementAndGet();
					}
				}
				return times;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> future : futures) {
			all.addAll(future.get());
		}
		pool.shutdown();
		if (errors.get() > 0) {
			System.out.println(errors.get() + " requests did not answer 200");
		}
		return all;
	}

}
