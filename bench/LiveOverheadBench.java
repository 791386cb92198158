import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load run of one public page for a fixed time: N concurrent clients (keep-alive), each a browser with its own
 * visitor cookie, as real visitors are. Prints requests per second and the latency percentiles, then one line
 * "RESULT <req/s> <p95 ms>" that bench/live-overhead.sh reads. Run against a started Boussole:
 *
 * <pre>java bench/LiveOverheadBench.java [http://localhost:18090/metiers/D1102] [clients=20] [seconds=20]</pre>
 */
public class LiveOverheadBench {

	static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

	public static void main(String[] args) throws Exception {
		String url = args.length > 0 ? args[0] : "http://localhost:18090/metiers/D1102";
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		run(http, url, clients, 5); // warm-up: JIT, caches
		long start = System.nanoTime();
		List<Long> latencies = run(http, url, clients, seconds);
		double elapsed = (System.nanoTime() - start) / 1e9;
		Collections.sort(latencies);
		double perSecond = latencies.size() / elapsed;
		System.out.printf("%d clients for %d s: %d requests, %.0f requests/s%n", clients, seconds, latencies.size(),
				perSecond);
		for (double p : new double[] { 50, 95, 99 }) {
			System.out.printf("p%-3.0f %7.2f ms%n", p, percentile(latencies, p) / 1e6);
		}
		System.out.printf("RESULT %.1f %.2f%n", perSecond, percentile(latencies, 95) / 1e6);
	}

	private static long percentile(List<Long> sorted, double p) {
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1);
		return sorted.get(Math.max(0, index));
	}

	private static List<Long> run(HttpClient http, String url, int clients, int seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		SecureRandom random = new SecureRandom();
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			byte[] id = new byte[16];
			random.nextBytes(id);
			HttpRequest request = HttpRequest.newBuilder(URI.create(url))
				.header("Accept", "text/html")
				.header("User-Agent", FIREFOX)
				.header("Cookie", "bsl_vid=" + HexFormat.of().formatHex(id))
				.build();
			futures.add(pool.submit(() -> {
				List<Long> times = new ArrayList<>();
				while (System.nanoTime() < end) {
					long t0 = System.nanoTime();
					HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
					times.add(System.nanoTime() - t0);
					if (response.statusCode() != 200) {
						throw new IllegalStateException(url + " answered " + response.statusCode());
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
		return all;
	}

}
