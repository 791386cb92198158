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
 * The cost of live audience measurement, in one load run against one started Boussole: N concurrent clients
 * (keep-alive, gzip), each a browser with its own visitor cookie, load one public page in alternating phases of
 * the same length. In one kind of phase the browsers send the Global Privacy Control signal, so Boussole records
 * nothing; in the other they do not, so each view is measured. Phases alternate (not measured, measured, not
 * measured, ...) so that the JIT, the caches and the noise of the machine weigh on both alike. Prints requests per
 * second and latency percentiles of each kind, and what measurement costs:
 *
 * <pre>java bench/LiveOverheadBench.java [http://localhost:18090/metiers/D1102] [clients=20] [seconds per phase=12] [rounds=5] (WARM_UP_SECONDS=60)</pre>
 */
public class LiveOverheadBench {

	static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

	public static void main(String[] args) throws Exception {
		String url = args.length > 0 ? args[0] : "http://localhost:18090/metiers/D1102";
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
		int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<HttpRequest> browsers = browsers(url, clients);
		// warm-up (caches, and the JIT, which otherwise compiles during the first phases and weighs on whichever kind
		// they are) with half the browsers measured, as a site sees them: the JIT then compiles both paths at once,
		// rather than recompiling the code that each change of phase takes the other way
		int warmUp = Integer.parseInt(System.getenv().getOrDefault("WARM_UP_SECONDS", "60"));
		run(http, browsers, client -> client % 2 == 0, warmUp);
		Phases off = new Phases();
		Phases on = new Phases();
		List<Double> losses = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			long[] before = ServerCpu.now();
			List<Long> notMeasured = run(http, browsers, client -> false, seconds);
			off.add(notMeasured, seconds);
			long[] middle = ServerCpu.now();
			off.cpu(before, middle);
			List<Long> measured = run(http, browsers, client -> true, seconds);
			on.add(measured, seconds);
			on.cpu(middle, ServerCpu.now());
			losses.add((notMeasured.size() - measured.size()) * 100.0 / notMeasured.size());
		}
		off.print("not measured (Global Privacy Control)");
		on.print("measured");
		System.out.printf("throughput lost to measurement: %.1f %%%n",
				(off.perSecond() - on.perSecond()) / off.perSecond() * 100);
		// a neighbour's burst on a shared machine falls in one phase: the median of the rounds, each a phase of each
		// kind side by side, is less swayed by it than the sum
		List<Double> sorted = new ArrayList<>(losses);
		Collections.sort(sorted);
		double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
				: (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
		System.out.printf("  round by round: %s %%; median %.1f %%%n",
				losses.stream().map(loss -> String.format("%.1f", loss)).toList(), median);
		if (ServerCpu.known()) {
			System.out.printf("server CPU per request: %.0f us not measured, %.0f us measured: %.1f %% more%n",
					off.cpuPerRequest(), on.cpuPerRequest(),
					(on.cpuPerRequest() - off.cpuPerRequest()) / off.cpuPerRequest() * 100);
		}
	}

	private static List<HttpRequest> browsers(String url, int clients) {
		SecureRandom random = new SecureRandom();
		List<HttpRequest> browsers = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			byte[] id = new byte[16];
			random.nextBytes(id);
			browsers.add(HttpRequest.newBuilder(URI.create(url))
				.header("Accept", "text/html")
				.header("Accept-Encoding", "gzip")
				.header("User-Agent", FIREFOX)
				.header("Cookie", "bsl_vid=" + HexFormat.of().formatHex(id))
				.build());
		}
		return browsers;
	}

	private static List<Long> run(HttpClient http, List<HttpRequest> browsers,
			java.util.function.IntPredicate measured, int seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (int client = 0; client < browsers.size(); client++) {
			HttpRequest browser = browsers.get(client);
			HttpRequest request = measured.test(client) ? browser
					: HttpRequest.newBuilder(browser, (name, value) -> true).header("Sec-GPC", "1").build();
			futures.add(pool.submit(() -> {
				List<Long> times = new ArrayList<>();
				while (System.nanoTime() < end) {
					long t0 = System.nanoTime();
					HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
					times.add(System.nanoTime() - t0);
					if (response.statusCode() != 200) {
						throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
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

	/** The requests of all the phases of one kind. */
	static final class Phases {

		private final List<Long> latencies = new ArrayList<>();

		private long seconds;

		private final long[] cpuTicks = new long[3];

		private long cpuRequests;

		void cpu(long[] before, long[] after) {
			cpuTicks[0] += after[0] - before[0];
			cpuTicks[1] += after[1] - before[1];
			cpuTicks[2] += after[2] - before[2];
			cpuRequests = latencies.size();
		}

		/** Microseconds of CPU of the Java process and of PostgreSQL per request. */
		double cpuPerRequest() {
			return (cpuTicks[0] + cpuTicks[1]) * ServerCpu.MICROS_PER_TICK / cpuRequests;
		}

		void add(List<Long> phase, int length) {
			latencies.addAll(phase);
			seconds += length;
		}

		double perSecond() {
			return latencies.size() / (double) seconds;
		}

		void print(String kind) {
			Collections.sort(latencies);
			System.out.printf("%s: %d requests in %d s, %.0f requests/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
					kind, latencies.size(), seconds, perSecond(), percentile(50), percentile(95), percentile(99));
			if (ServerCpu.known()) {
				System.out.printf("  server CPU: Java %.0f us + PostgreSQL %.0f us per request%n",
						cpuTicks[0] * ServerCpu.MICROS_PER_TICK / cpuRequests,
						cpuTicks[1] * ServerCpu.MICROS_PER_TICK / cpuRequests);
				// a JIT still busy compiling makes the comparison unfair: warm up longer
				System.out.printf("  of which JIT compilation: %.1f s%n", cpuTicks[2] * ServerCpu.MICROS_PER_TICK / 1e6);
			}
		}

		private double percentile(double p) {
			int index = (int) Math.min(latencies.size() - 1, Math.ceil(p / 100 * latencies.size()) - 1);
			return latencies.get(Math.max(0, index)) / 1e6;
		}

	}

	/**
	 * The CPU time the server used, read from /proc (Linux) when SERVER_PIDS names the Java process and the
	 * PostgreSQL postmaster: on a machine shared with other work, CPU per request is steadier than requests per
	 * second. Writes that the background writer makes just after a measured phase count in the next phase.
	 */
	static final class ServerCpu {

		/** USER_HZ is 100 on every common Linux. */
		static final double MICROS_PER_TICK = 10_000;

		private static final String[] PIDS = System.getenv().getOrDefault("SERVER_PIDS", "").trim().split("\\s+");

		static boolean known() {
			return PIDS.length == 2;
		}

		/**
		 * @return the ticks of the Java process, of the postmaster and its children (living or ended), and of the
		 * Java process's JIT compiler threads
		 */
		static long[] now() {
			if (!known()) {
				return new long[3];
			}
			long postgres = 0;
			java.io.File[] processes = new java.io.File("/proc").listFiles((dir, name) -> name.matches("[0-9]+"));
			for (java.io.File process : processes == null ? new java.io.File[0] : processes) {
				String[] stat = stat(process.getName());
				if (stat == null) {
					continue;
				}
				if (process.getName().equals(PIDS[1])) {
					// with the children that have ended (autovacuum workers, mostly): their time stays counted
					postgres += Long.parseLong(stat[13]) + Long.parseLong(stat[14]) + Long.parseLong(stat[15])
							+ Long.parseLong(stat[16]);
				}
				else if (stat[3].equals(PIDS[1])) {
					postgres += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
				}
			}
			long jit = 0;
			java.io.File[] threads = new java.io.File("/proc/" + PIDS[0] + "/task").listFiles();
			for (java.io.File thread : threads == null ? new java.io.File[0] : threads) {
				try {
					if (java.nio.file.Files.readString(thread.toPath().resolve("comm")).contains("CompilerThre")) {
						String line = java.nio.file.Files.readString(thread.toPath().resolve("stat"));
						String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
						jit += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					}
				}
				catch (java.io.IOException | RuntimeException ex) {
					// the thread ended
				}
			}
			String[] java = stat(PIDS[0]);
			return new long[] { java == null ? 0 : Long.parseLong(java[13]) + Long.parseLong(java[14]), postgres,
					jit };
		}

		/** @return the fields of /proc/PID/stat, the command name (field 2) replaced so that it holds no space */
		private static String[] stat(String pid) {
			try {
				String line = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
				return (pid + " x " + line.substring(line.lastIndexOf(')') + 2)).split(" ");
			}
			catch (java.io.IOException | RuntimeException ex) {
				return null;
			}
		}

	}

}
