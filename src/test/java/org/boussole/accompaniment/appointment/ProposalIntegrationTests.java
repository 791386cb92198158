package org.boussole.accompaniment.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.boussole.accompaniment.appointment.AppointmentTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.AppointmentTestDossiers;
import org.boussole.accompaniment.MeetingMode;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The referent proposes times from the dossier's appointment page; the beneficiary picks
 * one (booked under the same guarantee as any booking) or declines them with a reason;
 * mails, timeline, expired times and strangers. Also: in-person slots follow the site's
 * opening hours and closures.
 */
@AppIntegrationTest
class ProposalIntegrationTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AvailabilityRuleRepository rules;

	@Autowired
	AvailabilityManagement availability;

	@Autowired
	ProposalManagement proposals;

	@Autowired
	AppointmentProposalRepository proposalRepository;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ProposalExpiryJob expiryJob;

	CurrentUser counsellor;

	CurrentUser person;

	UUID dossier;

	LocalDate day = LocalDate.now(PARIS).plusDays(4);

	@BeforeEach
	void aPersonFollowedByAnAvailableCounsellor() {
		counsellor = AppointmentTestSupport.availableCounsellor(accounts, rules);
		person = AppointmentTestSupport.newAccount(accounts, "beneficiaire", org.boussole.accounts.Role.BENEFICIARY);
		dossier = AppointmentTestDossiers.openDossier(context, person.id(), counsellor.id());
	}

	MvcTestResult propose(CurrentUser who, String... rows) {
		var request = post("/conseil/dossiers/" + dossier + "/rendez-vous/propositions").with(as(who))
			.with(csrf())
			.param("minutes", "60");
		for (int i = 0; i < rows.length; i++) {
			String[] parts = rows[i].split(" ");
			request.param("times[" + i + "].day", parts[0])
				.param("times[" + i + "].time", parts[1])
				.param("times[" + i + "].mode", parts[2])
				.param("times[" + i + "].siteId", "");
		}
		return mvc.perform(request);
	}

	Instant at(String time) {
		return ZonedDateTime.of(day, LocalTime.parse(time), PARIS).toInstant();
	}

	UUID proposalOf(CurrentUser who) {
		return jdbc.queryForObject(
				"select id from accompaniment.appointment_proposal where beneficiary_id = ? order by created_at desc limit 1",
				UUID.class, who.id());
	}

	UUID slotAt(UUID proposal, Instant start) {
		return jdbc.queryForObject("select id from accompaniment.proposed_slot where proposal_id = ? and start_at = ?",
				UUID.class, proposal, java.sql.Timestamp.from(start));
	}

	String status(UUID proposal) {
		return jdbc.queryForObject("select status from accompaniment.appointment_proposal where id = ?", String.class,
				proposal);
	}

	List<String> timeline() {
		return jdbc.queryForList("select type from accompaniment.dossier_event where dossier_id = ? order by at",
				String.class, dossier);
	}

	List<String> subjects(String recipient) {
		return jdbc.queryForList("select subject from notifications.outbox_mail where recipient = ?", String.class,
				recipient);
	}

	@Test // #2
	void theReferentProposesTimesAndTheBeneficiaryPicksOneThatIsBookedAndTheOthersReleased() {
		assertThat(propose(counsellor, day + " 10:00 VIDEO", day + " 14:00 PHONE")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flash", "accompaniment.proposal.sent");
		UUID proposal = proposalOf(person);
		assertThat(timeline()).contains("APPT_PROPOSED");
		await().atMost(Duration.ofSeconds(15))
			.until(() -> subjects(person.email()).stream().anyMatch(s -> s.contains("vous propose des créneaux")));
		// the times are kept for this person: nobody else is offered them
		assertThat(availability.freeSlots(counsellor.id(), null)).extracting(SlotCalculator.Slot::start)
			.doesNotContain(at("10:00"), at("14:00"))
			.contains(at("11:00"));
		assertThat(mvc.perform(get("/mon-accompagnement/rendez-vous").with(as(person)))).hasStatusOk()
			.bodyText()
			.contains("Créneaux proposés par votre conseiller", slotAt(proposal, at("14:00")).toString());

		// a phone time needs the number to call
		String phone = slotAt(proposal, at("14:00")).toString();
		assertThat(mvc
			.perform(post("/mon-accompagnement/rendez-vous/propositions/" + proposal + "/choisir").with(as(person))
				.with(csrf())
				.param("slot", phone)
				.param("phoneNumber", "pas un numéro")))
			.hasStatusOk()
			.bodyText()
			.contains("Indiquez le numéro", "aria-invalid=\"true\"");
		assertThat(status(proposal)).isEqualTo("OPEN");

		MvcTestResult picked = mvc
			.perform(post("/mon-accompagnement/rendez-vous/propositions/" + proposal + "/choisir").with(as(person))
				.with(csrf())
				.param("slot", phone)
				.param("phoneNumber", "06 12 34 56 78"));
		assertThat(picked).hasStatus3xxRedirection();
		Map<String, Object> appointment = jdbc.queryForMap(
				"select * from accompaniment.appointment where beneficiary_id = ? and status = 'BOOKED'", person.id());
		assertThat(((java.sql.Timestamp) appointment.get("start_at")).toInstant()).isEqualTo(at("14:00"));
		assertThat(appointment.get("mode")).isEqualTo("PHONE");
		assertThat(appointment.get("phone_number")).isEqualTo("06 12 34 56 78");
		assertThat(status(proposal)).isEqualTo("PICKED");
		assertThat(timeline()).contains("APPT_PROPOSED", "APPT_BOOKED");
		// the other time is free again, the one picked is not
		assertThat(availability.freeSlots(counsellor.id(), null)).extracting(SlotCalculator.Slot::start)
			.contains(at("10:00"))
			.doesNotContain(at("14:00"));
		String ics = await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.queryForList("""
					select convert_from(a.content, 'UTF8') from notifications.outbox_mail m
					join notifications.outbox_mail_attachment a on a.mail_id = m.id
					where m.recipient = ? and m.subject like 'Rendez-vous confirmé%'""", String.class,
					counsellor.email()), list -> !list.isEmpty())
			.get(0);
		assertThat(ics).contains("METHOD:REQUEST", "UID:" + appointment.get("id") + "@rendez-vous.boussole");

		// a proposal answered cannot be answered again
		assertThat(mvc
			.perform(post("/mon-accompagnement/rendez-vous/propositions/" + proposal + "/choisir").with(as(person))
				.with(csrf())
				.param("slot", slotAt(proposal, at("10:00")).toString())))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashError", AppointmentRefused.PROPOSAL_CLOSED);
	}

	@Test // #2
	void theBeneficiaryDeclinesWithAReasonAndTheReferentIsTold() {
		propose(counsellor, day + " 09:00 VIDEO");
		UUID proposal = proposalOf(person);
		assertThat(mvc
			.perform(post("/mon-accompagnement/rendez-vous/propositions/" + proposal + "/refuser").with(as(person))
				.with(csrf())
				.param("reason", "  ")))
			.hasStatusOk()
			.bodyText()
			.contains("Indiquez le motif");
		assertThat(status(proposal)).isEqualTo("OPEN");

		assertThat(mvc
			.perform(post("/mon-accompagnement/rendez-vous/propositions/" + proposal + "/refuser").with(as(person))
				.with(csrf())
				.param("reason", "Je travaille le matin <script>")))
			.hasStatus3xxRedirection();
		assertThat(status(proposal)).isEqualTo("DECLINED");
		assertThat(timeline()).contains("APPT_DECLINED");
		assertThat(availability.freeSlots(counsellor.id(), null)).extracting(SlotCalculator.Slot::start)
			.contains(at("09:00"));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> subjects(counsellor.email()).stream().anyMatch(s -> s.startsWith("Créneaux refusés")));
		assertThat(mvc.perform(get("/conseil/dossiers/" + dossier + "/rendez-vous").with(as(counsellor)))).hasStatusOk()
			.bodyText()
			.contains("Refusée", "Je travaille le matin &lt;script&gt;");
	}

	@Test // #2
	void aTimeAlreadyPastCannotBePicked() {
		propose(counsellor, day + " 11:00 VIDEO");
		UUID proposal = proposalOf(person);
		jdbc.update("""
				update accompaniment.proposed_slot set start_at = now() - interval '2 hours',
				end_at = now() - interval '1 hour' where proposal_id = ?""", proposal);
		UUID slot = jdbc.queryForObject("select id from accompaniment.proposed_slot where proposal_id = ?", UUID.class,
				proposal);

		assertThat(mvc
			.perform(post("/mon-accompagnement/rendez-vous/propositions/" + proposal + "/choisir").with(as(person))
				.with(csrf())
				.param("slot", slot.toString())))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashError", AppointmentRefused.EXPIRED);
		assertThat(status(proposal)).isEqualTo("OPEN");
		assertThat(jdbc.queryForObject("select count(*) from accompaniment.appointment where beneficiary_id = ?",
				Integer.class, person.id()))
			.isZero();
		// an expired proposal is no longer offered
		assertThat(mvc.perform(get("/mon-accompagnement/rendez-vous").with(as(person)))).hasStatusOk()
			.bodyText()
			.doesNotContain(slot.toString());
	}

	@Test // #2
	void badTimesAreRefusedNextToTheirFieldAndNothingIsProposed() {
		String past = LocalDate.now(PARIS).minusDays(1).toString();
		String far = LocalDate.now(PARIS).plusDays(200).toString();
		assertThat(propose(counsellor, past + " 10:00 VIDEO")).hasStatusOk().bodyText().contains("déjà passé");
		assertThat(propose(counsellor, far + " 10:00 VIDEO")).hasStatusOk().bodyText().contains("trop loin");
		assertThat(propose(counsellor, "24/12/2026 9h VIDEO")).hasStatusOk()
			.bodyText()
			.contains("AAAA-MM-JJ", "format HH:MM", "aria-invalid=\"true\"", "value=\"24/12/2026\"");
		assertThat(propose(counsellor, day + " 10:00 IN_PERSON")).hasStatusOk()
			.bodyText()
			.contains("besoin d&#39;un lieu");
		assertThat(propose(counsellor, day + " 10:00 VIDEO", day + " 10:30 PHONE")).hasStatusOk()
			.bodyText()
			.contains("chevauche");
		assertThat(propose(counsellor)).hasStatusOk().bodyText().contains("au moins un créneau");
		assertThat(jdbc.queryForObject("select count(*) from accompaniment.appointment_proposal where dossier_id = ?",
				Integer.class, dossier))
			.isZero();
	}

	@Test // #2
	void strangersAreToldTheDossierOrProposalDoesNotExist() {
		propose(counsellor, day + " 15:00 VIDEO");
		UUID proposal = proposalOf(person);
		UUID slot = slotAt(proposal, at("15:00"));
		CurrentUser otherCounsellor = AppointmentTestSupport.availableCounsellor(accounts, rules);
		CurrentUser stranger = AppointmentTestSupport.followedBy(context, accounts, counsellor);

		assertThat(propose(otherCounsellor, day + " 16:00 VIDEO")).hasStatus(404);
		assertThat(mvc
			.perform(post("/mon-accompagnement/rendez-vous/propositions/" + proposal + "/choisir").with(as(stranger))
				.with(csrf())
				.param("slot", slot.toString())))
			.hasStatus(404);
		assertThat(mvc
			.perform(post("/mon-accompagnement/rendez-vous/propositions/" + proposal + "/refuser").with(as(stranger))
				.with(csrf())
				.param("reason", "Pas pour moi")))
			.hasStatus(404);
		assertThat(
				mvc.perform(post("/conseil/dossiers/" + dossier + "/rendez-vous/propositions/" + proposal + "/retirer")
					.with(as(otherCounsellor))
					.with(csrf())))
			.hasStatus(404);
		assertThat(status(proposal)).isEqualTo("OPEN");
	}

	@Test // #2
	void twoPeoplePickingTheSameTimeAtTheSameMomentGetItOnceOnly() throws Exception {
		Instant start = at("16:00");
		List<CurrentUser> people = new ArrayList<>();
		List<UUID[]> picks = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			CurrentUser who = AppointmentTestSupport.newAccount(accounts, "beneficiaire",
					org.boussole.accounts.Role.BENEFICIARY);
			UUID ownDossier = AppointmentTestDossiers.openDossier(context, who.id(), counsellor.id());
			// proposals made directly: the page would not propose a time already kept
			AppointmentProposal proposal = transactions
				.execute(status -> proposalRepository.save(new AppointmentProposal(
						ownDossier, counsellor.id(), who.id(), List.of(new ProposedSlot.Time(start,
								start.plus(Duration.ofHours(1)), PARIS, MeetingMode.VIDEO, null)),
						Instant.now(), Duration.ofHours(48))));
			people.add(who);
			picks.add(new UUID[] { proposal.getId(), proposal.getSlots().get(0).getId() });
		}
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(people.size());
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			CurrentUser who = people.get(i);
			UUID[] pick = picks.get(i);
			outcomes.add(pool.submit(() -> {
				go.await();
				try {
					proposals.pick(who, pick[0], pick[1], null);
					return "BOOKED";
				}
				catch (AppointmentRefused refused) {
					return refused.messageKey();
				}
			}));
		}
		go.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();

		assertThat(results).filteredOn("BOOKED"::equals).hasSize(1);
		assertThat(results).filteredOn(r -> !r.equals("BOOKED")).containsOnly(AppointmentRefused.TAKEN);
		assertThat(jdbc.queryForObject(
				"select count(*) from accompaniment.appointment where counsellor_id = ? and start_at = ? and status = 'BOOKED'",
				Integer.class, counsellor.id(), java.sql.Timestamp.from(start)))
			.isEqualTo(1);
		// the losers' proposals stay open: they may pick another time later
		assertThat(jdbc.queryForObject(
				"select count(*) from accompaniment.appointment_proposal where counsellor_id = ? and status = 'OPEN'",
				Integer.class, counsellor.id()))
			.isEqualTo(3);
	}

	@Test // #2
	void inPersonSlotsFollowTheOpeningHoursAndClosuresOfTheirSite() {
		UUID site = UUID.randomUUID();
		jdbc.update(
				"""
						insert into network.site (id, structure_id, name, address_line, postal_code, commune, latitude, longitude,
						  active, version)
						select ?, structure_id, 'Site horaires', address_line, postal_code, commune, latitude, longitude, false, 0
						from network.site limit 1""",
				site);
		// open on Tuesdays 9:00-12:00; closed next-but-one Tuesday
		jdbc.update("insert into network.site_opening values (gen_random_uuid(), ?, 2, '09:00', '12:00')", site);
		LocalDate tuesday = LocalDate.now(PARIS)
			.plusDays(8)
			.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.TUESDAY));
		jdbc.update("insert into network.site_closure values (gen_random_uuid(), ?, ?, ?, 'Travaux', now())", site,
				tuesday, tuesday);
		CurrentUser atSite = AppointmentTestSupport.newAccount(accounts, "conseiller",
				org.boussole.accounts.Role.COUNSELLOR);
		rules.save(new AvailabilityRule(atSite.id(), new SlotCalculator.Rule(DayOfWeek.TUESDAY, LocalTime.of(8, 0),
				LocalTime.of(14, 0), site, EnumSet.of(MeetingMode.IN_PERSON), 60, PARIS), Instant.now()));

		List<SlotCalculator.Slot> slots = availability.freeSlots(atSite.id(), null);

		assertThat(slots).isNotEmpty()
			.allSatisfy(slot -> assertThat(slot.localStart().getHour()).isBetween(9, 11))
			.noneMatch(slot -> slot.localStart().toLocalDate().equals(tuesday));
	}

	void endTheHold(UUID proposal) {
		jdbc.update(
				"update accompaniment.appointment_proposal set hold_until = now() - interval '1 minute' where id = ?",
				proposal);
	}

	@Test // #2
	void aProposalKeepsItsTimesForTheConfiguredHoldOnlyAndIsShownAsExpiredAfterwards() throws Exception {
		propose(counsellor, day + " 10:00 VIDEO", day + " 15:00 VIDEO");
		UUID proposal = proposalOf(person);
		Instant holdUntil = jdbc
			.queryForObject("select hold_until from accompaniment.appointment_proposal where id = ?",
					java.sql.Timestamp.class, proposal)
			.toInstant();
		// 48 hours by default, told to both people
		assertThat(Duration.between(Instant.now(), holdUntil)).isBetween(Duration.ofHours(47), Duration.ofHours(48));
		assertThat(mvc.perform(get("/mon-accompagnement/rendez-vous").with(as(person)))).hasStatusOk()
			.bodyText()
			.contains("Ces créneaux vous sont réservés jusqu&#39;au");
		assertThat(mvc.perform(get("/conseil/dossiers/" + dossier + "/rendez-vous").with(as(counsellor)))).hasStatusOk()
			.bodyText()
			.contains("Créneaux réservés pour la personne jusqu&#39;au", "pendant 48 h");

		endTheHold(proposal);

		// free again at once for anybody, even before the expiry is recorded
		assertThat(availability.freeSlots(counsellor.id(), null)).extracting(SlotCalculator.Slot::start)
			.contains(at("10:00"), at("15:00"));
		// picking now books nothing, with a clear message at the top of the page
		assertThat(mvc
			.perform(post("/mon-accompagnement/rendez-vous/propositions/" + proposal + "/choisir").with(as(person))
				.with(csrf())
				.param("slot", slotAt(proposal, at("10:00")).toString())))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashError", AppointmentRefused.HOLD_EXPIRED);
		assertThat(jdbc.queryForObject("select count(*) from accompaniment.appointment where beneficiary_id = ?",
				Integer.class, person.id()))
			.isZero();
		// nor can it be declined any more
		assertThat(mvc
			.perform(post("/mon-accompagnement/rendez-vous/propositions/" + proposal + "/refuser").with(as(person))
				.with(csrf())
				.param("reason", "Trop tard")))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashError", AppointmentRefused.HOLD_EXPIRED);

		// the scheduled job records the expiry, once
		// (the scheduled run may have done it already: either way, once)
		expiryJob.expireAt(Instant.now());
		assertThat(status(proposal)).isEqualTo("EXPIRED");
		assertThat(timeline()).containsOnlyOnce("APPT_EXPIRED");
		expiryJob.expireAt(Instant.now());
		assertThat(timeline()).containsOnlyOnce("APPT_EXPIRED");

		// the beneficiary sees it as expired, with nothing to pick
		String page = mvc.perform(get("/mon-accompagnement/rendez-vous").with(as(person)))
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Propositions expirées", "Cette proposition a expiré le")
			.doesNotContain("value=\"" + slotAt(proposal, at("10:00")) + "\"")
			.doesNotContain("/propositions/" + proposal + "/choisir");
		// the referent sees it in the dossier, on the appointments page and the timeline
		assertThat(mvc.perform(get("/conseil/dossiers/" + dossier + "/rendez-vous").with(as(counsellor)))).hasStatusOk()
			.bodyText()
			.contains("Expirée : aucun créneau choisi à temps", "Expirée le");
		assertThat(mvc.perform(get("/conseil/dossiers/" + dossier).with(as(counsellor)))).hasStatusOk()
			.bodyText()
			.contains("Créneaux proposés expirés sans réponse");
	}

	@Test // #2
	void anExpiredProposalIsShownAsSuchInEnglish() {
		propose(counsellor, day + " 10:00 VIDEO");
		UUID proposal = proposalOf(person);
		endTheHold(proposal);
		expiryJob.expireAt(Instant.now());
		assertThat(mvc.perform(get("/mon-accompagnement/rendez-vous").with(as(person)).param("lang", "en")))
			.hasStatusOk()
			.bodyText()
			.contains("Expired proposals", "This proposal expired on");
	}

	@Test // #2
	void bookingAnotherTimeDirectlyReleasesTheTimesOfTheOpenProposal() {
		propose(counsellor, day + " 10:00 VIDEO", day + " 15:00 VIDEO");
		UUID proposal = proposalOf(person);
		assertThat(mvc.perform(post("/mon-accompagnement/rendez-vous").with(as(person))
			.with(csrf())
			.param("slot", at("12:00").toString())
			.param("mode", "VIDEO"))).hasStatus3xxRedirection();

		assertThat(status(proposal)).isEqualTo("SUPERSEDED");
		assertThat(availability.freeSlots(counsellor.id(), null)).extracting(SlotCalculator.Slot::start)
			.contains(at("10:00"), at("15:00"))
			.doesNotContain(at("12:00"));
		assertThat(mvc
			.perform(post("/mon-accompagnement/rendez-vous/propositions/" + proposal + "/choisir").with(as(person))
				.with(csrf())
				.param("slot", slotAt(proposal, at("10:00")).toString())))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashError", AppointmentRefused.PROPOSAL_CLOSED);
		assertThat(mvc.perform(get("/conseil/dossiers/" + dossier + "/rendez-vous").with(as(counsellor)))).hasStatusOk()
			.bodyText()
			.contains("la personne a pris un autre rendez-vous");
	}

	@Test // #2
	void pickingATimeClosesTheOtherOpenProposalsOfTheDossier() {
		propose(counsellor, day + " 10:00 VIDEO");
		UUID first = proposalOf(person);
		propose(counsellor, day + " 15:00 VIDEO");
		UUID second = jdbc.queryForObject(
				"select id from accompaniment.appointment_proposal where dossier_id = ? and id <> ?", UUID.class,
				dossier, first);

		assertThat(
				mvc.perform(post("/mon-accompagnement/rendez-vous/propositions/" + second + "/choisir").with(as(person))
					.with(csrf())
					.param("slot", slotAt(second, at("15:00")).toString())))
			.hasStatus3xxRedirection();

		assertThat(status(second)).isEqualTo("PICKED");
		assertThat(status(first)).isEqualTo("SUPERSEDED");
		assertThat(availability.freeSlots(counsellor.id(), null)).extracting(SlotCalculator.Slot::start)
			.contains(at("10:00"))
			.doesNotContain(at("15:00"));
	}

}
