import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load run for a job fiche page: 20 concurrent clients (keep-alive, as browsers) request the same fiche and the
 * latencies, measured on the same machine as the server, are printed as percentiles. Run on purpose against a
 * started Boussole:
 *
 * <pre>java bench/JobFicheBench.java [http://localhost:8080/metiers/D1102] [clients=20] [requests per client=500]</pre>
 */
public class JobFicheBench {

	public static void main(String[] args) throws Exception {
		String url = args.length > 0 ? args[0] : "http://localhost:8080/metiers/D1102";
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int perClient = args.length > 2 ? Integer.parseInt(args[2]) : 500;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build();
		HttpResponse<byte[]> first = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (first.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + first.statusCode());
		}
		System.out.printf("%s: %d bytes of HTML (uncompressed)%n", url, first.body().length);
		run(http, request, clients, 100); // warm-up: JIT, caches
		long start = System.nanoTime();
		List<Long> latencies = run(http, request, clients, perClient);
		double seconds = (System.nanoTime() - start) / 1e9;
		Collections.sort(latencies);
		System.out.printf("%d clients x %d requests: %.0f requests/s%n", clients, perClient, latencies.size() / seconds);
		for (double p : new double[] { 50, 90, 95, 99, 100 }) {
			int index = (int) Math.min(latencies.size() - 1, Math.ceil(p / 100 * latencies.size()) - 1);
			System.out.printf("p%-3.0f %7.2f ms%n", p, latencies.get(index) / 1e6);
		}
	}

	private static List<Long> run(HttpClient http, HttpRequest request, int clients, int perClient) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		AtomicInteger errors = new AtomicInteger();
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				List<Long> times = new ArrayList<>(perClient);
				for (int i = 0; i < perClient; i++) {
					long t0 = System.nanoTime();
					HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
