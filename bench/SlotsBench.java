package org.boussole.accompaniment.appointment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.boussole.Application;
import org.boussole.accompaniment.MeetingMode;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.network.SiteCalendar;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two runs about appointments, started by bench/slots.sh (which compiles this file against the application's
 * classes, in the package of the slot computation):
 * <ol>
 * <li>slot computation: the free slots of a structure of 20 counsellors over 8 weeks (two sites with opening hours
 * and closures, weekly rules at a site and remote, holidays, about half of the slots already booked), timed many
 * times (p50, p99), next to the plain scan the computation used before (every slot against every booking);</li>
 * <li>booking throughput: Boussole started on a fresh embedded PostgreSQL, then many threads booking the same first
 * slots of 20 counsellors at once; prints bookings per second, the refusals, and the double bookings found in the
 * database afterwards (which must be 0).</li>
 * </ol>
 *
 * <pre>bench/slots.sh [computation|booking|all] [threads=16] [attempts=2000]</pre>
 */
public class SlotsBench {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final int COUNSELLORS = 20;

	public static void main(String[] args) throws Exception {
		String what = args.length > 0 ? args[0] : "all";
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
		int attempts = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
		if (!what.equals("booking")) {
			computation();
		}
		if (!what.equals("computation")) {
			booking(threads, attempts);
		}
		System.exit(0);
	}

	// ---------------------------------------------------------------- slot computation

	record Agenda(List<SlotCalculator.Rule> rules, List<SlotCalculator.Closure> closures,
			List<SlotCalculator.Busy> busy) {
	}

	static void computation() {
		SlotCalculator calculator = new SlotCalculator(Duration.ofHours(24), Duration.ofDays(56));
		Random random = new Random(2026);
		Instant now = LocalDate.parse("2026-03-02").atTime(8, 0).atZone(PARIS).toInstant();
		LocalDate from = LocalDate.parse("2026-03-01");
		LocalDate to = from.plusDays(58);
		UUID annemasse = UUID.randomUUID();
		UUID thonon = UUID.randomUUID();
		Map<UUID, SiteCalendar> sites = new HashMap<>();
		for (UUID site : List.of(annemasse, thonon)) {
			List<SiteCalendar.Opening> hours = new ArrayList<>();
			for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
				hours.add(new SiteCalendar.Opening(day, LocalTime.of(8, 30), LocalTime.of(12, 30)));
				hours.add(new SiteCalendar.Opening(day, LocalTime.of(13, 30), LocalTime.of(17, 30)));
			}
			sites.put(site, new SiteCalendar(site, hours,
					List.of(new SiteCalendar.Closure(LocalDate.parse("2026-04-06"), LocalDate.parse("2026-04-06"),
							"Lundi de Pâques"), new SiteCalendar.Closure(LocalDate.parse("2026-03-18"),
									LocalDate.parse("2026-03-19"), "Travaux"))));
		}
		List<Agenda> agendas = new ArrayList<>();
		int booked = 0;
		int offered = 0;
		for (int c = 0; c < COUNSELLORS; c++) {
			UUID site = c % 2 == 0 ? annemasse : thonon;
			int length = List.of(30, 45, 60).get(c % 3);
			List<SlotCalculator.Rule> rules = new ArrayList<>();
			for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
				rules.add(new SlotCalculator.Rule(day, LocalTime.of(9, 0), LocalTime.of(12, 0), site,
						EnumSet.of(MeetingMode.IN_PERSON, MeetingMode.VIDEO), length, PARIS));
				if (day != DayOfWeek.WEDNESDAY) {
					rules.add(new SlotCalculator.Rule(day, LocalTime.of(13, 30), LocalTime.of(17, 30), null,
							EnumSet.of(MeetingMode.VIDEO, MeetingMode.PHONE), length, PARIS));
				}
			}
			rules.add(new SlotCalculator.Rule(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), null,
					EnumSet.of(MeetingMode.VIDEO), length, PARIS));
			List<SlotCalculator.Closure> away = c % 4 == 0
					? List.of(new SlotCalculator.Closure(LocalDate.parse("2026-04-13"), LocalDate.parse("2026-04-17")))
					: List.of();
			List<SlotCalculator.Slot> all = calculator.freeSlots(rules, away, List.of(), sites, from, to, now);
			List<SlotCalculator.Busy> busy = new ArrayList<>();
			for (SlotCalculator.Slot slot : all) {
				if (random.nextInt(100) < 50) {
					busy.add(new SlotCalculator.Busy(slot.start(), slot.end()));
				}
			}
			Collections.shuffle(busy, random); // bookings come in any order from the database
			booked += busy.size();
			offered += all.size();
			agendas.add(new Agenda(rules, away, busy));
		}
		System.out.printf("structure: %d counsellors, 8 weeks: %d slots in the rules, %d booked%n", COUNSELLORS,
				offered, booked);
		run("sorted sweep (now)", agendas, (agenda) -> calculator.freeSlots(agenda.rules(), agenda.closures(),
				agenda.busy(), sites, from, to, now).size());
		run("plain scan (before)", agendas, (agenda) -> plainScan(calculator, agenda, sites, from, to, now).size());
	}

	interface Computation {

		int slots(Agenda agenda);

	}

	static void run(String name, List<Agenda> agendas, Computation computation) {
		int free = 0;
		for (int i = 0; i < 50; i++) { // warm-up: JIT
			free = agendas.stream().mapToInt(computation::slots).sum();
		}
		List<Long> times = new ArrayList<>();
		long end = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < end && times.size() < 2000) {
			long start = System.nanoTime();
			free = agendas.stream().mapToInt(computation::slots).sum();
			times.add(System.nanoTime() - start);
		}
		Collections.sort(times);
		System.out.printf("%-20s %d free slots; whole structure: p50 %.2f ms, p99 %.2f ms (%d runs); "
				+ "per counsellor p50 %.3f ms%n", name, free, percentile(times, 50) / 1e6, percentile(times, 99) / 1e6,
				times.size(), percentile(times, 50) / 1e6 / COUNSELLORS);
	}

	/** The computation as it was: every candidate against every booking and every slot kept. */
	static List<SlotCalculator.Slot> plainScan(SlotCalculator calculator, Agenda agenda, Map<UUID, SiteCalendar> sites,
			LocalDate from, LocalDate to, Instant now) {
		List<SlotCalculator.Slot> candidates = calculator.freeSlots(agenda.rules(), agenda.closures(), List.of(),
				sites, from, to, now);
		List<SlotCalculator.Slot> free = new ArrayList<>();
		for (SlotCalculator.Slot slot : candidates) {
			boolean taken = agenda.busy().stream().anyMatch(b -> slot.overlaps(b.start(), b.end()));
			if (!taken && free.stream().noneMatch(kept -> kept.overlaps(slot.start(), slot.end()))) {
				free.add(slot);
			}
		}
		return free;
	}

	static long percentile(List<Long> sorted, double p) {
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1);
		return sorted.get(Math.max(0, index));
	}

	// ---------------------------------------------------------------- booking throughput

	static void booking(int threads, int attempts) throws Exception {
		String given = System.getProperty("bench.data");
		Path data = given != null ? Path.of(given) : Files.createTempDirectory("boussole-slots-bench");
		System.out.println("starting Boussole on a fresh embedded PostgreSQL under " + data + " ...");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
			.properties("server.port=0", "boussole.data-dir=" + data, "logging.level.root=WARN",
					"boussole.audience.live.enabled=false")
			.run();
		try {
			AccountManagement accounts = context.getBean(AccountManagement.class);
			AvailabilityRuleRepository rules = context.getBean(AvailabilityRuleRepository.class);
			AvailabilityManagement availability = context.getBean(AvailabilityManagement.class);
			AppointmentManagement management = context.getBean(AppointmentManagement.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			List<CurrentUser> counsellors = new ArrayList<>();
			Map<UUID, List<CurrentUser>> followed = new HashMap<>();
			Map<UUID, List<Instant>> targets = new HashMap<>();
			for (int c = 0; c < COUNSELLORS; c++) {
				CurrentUser counsellor = AppointmentTestSupport.availableCounsellor(accounts, rules);
				counsellors.add(counsellor);
				List<CurrentUser> people = new ArrayList<>();
				for (int p = 0; p < 5; p++) {
					people.add(AppointmentTestSupport.followedBy(context, accounts, counsellor));
				}
				followed.put(counsellor.id(), people);
				// everyone aims at the same first 30 slots: many attempts collide
				targets.put(counsellor.id(), availability.freeSlots(counsellor.id(), null)
					.stream()
					.limit(30)
					.map(SlotCalculator.Slot::start)
					.toList());
			}
			System.out.printf("%d counsellors, %d beneficiaries; %d threads make %d booking attempts on the first "
					+ "30 slots of each counsellor%n", COUNSELLORS, COUNSELLORS * 5, threads, attempts);
			Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
			List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
			AtomicInteger remaining = new AtomicInteger(attempts);
			CountDownLatch go = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				Random random = new Random(t);
				futures.add(pool.submit(() -> {
					go.await();
					while (remaining.getAndDecrement() > 0) {
						CurrentUser counsellor = counsellors.get(random.nextInt(counsellors.size()));
						List<CurrentUser> people = followed.get(counsellor.id());
						List<Instant> slots = targets.get(counsellor.id());
						CurrentUser person = people.get(random.nextInt(people.size()));
						Instant slot = slots.get(random.nextInt(slots.size()));
						long start = System.nanoTime();
						String outcome;
						try {
							management.book(person, slot, MeetingMode.VIDEO, null);
							outcome = "booked";
						}
						catch (AppointmentRefused refused) {
							outcome = refused.messageKey().substring(refused.messageKey().lastIndexOf('.') + 1);
						}
						catch (RuntimeException ex) {
							outcome = ex.getClass().getSimpleName();
						}
						latencies.add(System.nanoTime() - start);
						outcomes.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
					}
					return null;
				}));
			}
			long begin = System.nanoTime();
			go.countDown();
			for (Future<?> future : futures) {
				future.get();
			}
			double seconds = (System.nanoTime() - begin) / 1e9;
			pool.shutdown();
			int bookings = outcomes.getOrDefault("booked", new AtomicInteger()).get();
			List<Long> sorted = new ArrayList<>(latencies);
			Collections.sort(sorted);
			Integer doubles = jdbc.queryForObject("""
					select count(*) from accompaniment.appointment a join accompaniment.appointment b
					  on a.counsellor_id = b.counsellor_id and a.id < b.id
					 and tstzrange(a.start_at, a.end_at) && tstzrange(b.start_at, b.end_at)
					where a.status = 'BOOKED' and b.status = 'BOOKED'""", Integer.class);
			System.out.printf("%d attempts in %.1f s: %.0f attempts/s, %d bookings (%.0f bookings/s)%n", attempts,
					seconds, attempts / seconds, bookings, bookings / seconds);
			System.out.println("outcomes: " + outcomes);
			System.out.printf("attempt latency: p50 %.1f ms, p99 %.1f ms%n", percentile(sorted, 50) / 1e6,
					percentile(sorted, 99) / 1e6);
			System.out.println("double bookings in the database: " + doubles);
		}
		finally {
			context.close();
		}
	}

}
