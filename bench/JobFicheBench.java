import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load run for job fiche pages: concurrent clients (keep-alive and gzip, as browsers) request fiche pages in turn
 * and the latencies seen by the clients, on the same machine as the server, are printed as percentiles. The server
 * time of the same requests comes from the access log (see bench/job-fiche.sh). Run on purpose against a started
 * Boussole:
 *
 * <pre>java bench/JobFicheBench.java [URL,URL,...|@file-of-urls] [clients=20] [requests per client=500]</pre>
 */
public class JobFicheBench {

	public static void main(String[] args) throws Exception {
		List<URI> urls = urls(args.length > 0 ? args[0] : "http://localhost:8080/metiers/D1102");
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int perClient = args.length > 2 ? Integer.parseInt(args[2]) : 500;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpResponse<byte[]> first = http.send(request(urls.get(0)), HttpResponse.BodyHandlers.ofByteArray());
		if (first.statusCode() != 200) {
			throw new IllegalStateException(urls.get(0) + " answered " + first.statusCode());
		}
		System.out.printf("%d fiche pages; %s: %d bytes on the wire (%s)%n", urls.size(), urls.get(0),
				first.body().length, first.headers().firstValue("Content-Encoding").orElse("identity"));
		run(http, urls, clients, 100); // warm-up: JIT, caches
		System.out.println("MEASURE-START");
		long start = System.nanoTime();
		List<Long> latencies = run(http, urls, clients, perClient);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.println("MEASURE-END");
		Collections.sort(latencies);
		System.out.printf("client side, %d clients x %d requests: %.0f requests/s%n", clients, perClient,
				latencies.size() / seconds);
		for (double p : new double[] { 50, 90, 95, 99, 100 }) {
			int index = (int) Math.min(latencies.size() - 1, Math.ceil(p / 100 * latencies.size()) - 1);
			System.out.printf("  p%-3.0f %7.2f ms%n", p, latencies.get(index) / 1e6);
		}
	}

	private static List<URI> urls(String arg) throws Exception {
		List<String> lines = arg.startsWith("@") ? Files.readAllLines(Path.of(arg.substring(1)))
				: Arrays.asList(arg.split(","));
		return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).map(URI::create).toList();
	}

	private static HttpRequest request(URI url) {
		return HttpRequest.newBuilder(url).header("Accept", "text/html").header("Accept-Encoding", "gzip").build();
	}

	private static List<Long> run(HttpClient http, List<URI> urls, int clients, int perClient) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		AtomicInteger errors = new AtomicInteger();
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int offset = c * 37;
			futures.add(pool.submit(() -> {
				List<Long> times = new ArrayList<>(perClient);
				for (int i = 0; i < perClient; i++) {
					HttpRequest request = request(urls.get((offset + i) % urls.size()));
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
