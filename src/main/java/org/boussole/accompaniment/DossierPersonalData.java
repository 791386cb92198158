package org.boussole.accompaniment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipOutputStream;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.PersonalDataContributor;
import org.boussole.accounts.PersonalDataZip;
import org.boussole.network.NetworkManagement;
import org.boussole.network.StructureSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossiers of a person in their personal data archive ({@code dossiers.json}):
 * status, referent, the request as they made it, the timeline as their space shows it
 * (without the staff's notes), and the fields that other parts of the module add
 * ({@link DossierExportPart}, e.g. shared summaries).
 */
@Component
@Order(10)
class DossierPersonalData implements PersonalDataContributor {

	private final DossierRepository dossiers;

	private final AccountManagement accounts;

	private final NetworkManagement network;

	private final MessageSource messages;

	private final ObjectProvider<DossierExportPart> parts;

	private final AccountNames names;

	DossierPersonalData(AccountNames names, DossierRepository dossiers, AccountManagement accounts,
			NetworkManagement network, MessageSource messages, ObjectProvider<DossierExportPart> parts) {
		this.names = names;
		this.dossiers = dossiers;
		this.accounts = accounts;
		this.network = network;
		this.messages = messages;
		this.parts = parts;
	}

	@Override
	public String name() {
		return "dossiers";
	}

	@Override
	@Transactional(readOnly = true)
	public void write(UUID accountId, ZipOutputStream zip) throws IOException {
		List<Dossier> own = dossiers.findByBeneficiaryIdOrderByRequestedAtDesc(accountId);
		Set<UUID> people = new HashSet<>();
		own.forEach(dossier -> dossier.timeline().forEach(event -> {
			addIfPresent(people, event.getActorId());
			addIfPresent(people, event.getReferentId());
		}));
		own.forEach(dossier -> addIfPresent(people, dossier.getReferentId()));
		Map<UUID, String> names = people.isEmpty() ? Map.of()
				: accounts.findAll(people)
					.stream()
					.collect(Collectors.toMap(AccountSummary::id, this.names::of, (a, b) -> a));
		List<DossierExportPart> extra = parts.orderedStream().toList();
		Locale locale = Locale.forLanguageTag(accounts.languageOf(accountId));
		Files files = new Files(locale);
		PersonalDataZip.json(zip, "dossiers.json",
				own.stream().map(dossier -> data(dossier, names, extra, files)).toList());
		for (Map.Entry<String, Path> file : files.added.entrySet()) {
			PersonalDataZip.file(zip, file.getKey(), file.getValue());
		}
	}

	private Map<String, @Nullable Object> data(Dossier dossier, Map<UUID, String> names, List<DossierExportPart> extra,
			Files files) {
		Locale locale = files.locale();
		Function<String, String> label = key -> label(key, locale);
		Map<String, @Nullable Object> data = new LinkedHashMap<>();
		data.put("identifiant", dossier.getId());
		data.put("etat", label.apply(dossier.getStatus().messageKey()));
		data.put("issue", dossier.getOutcome() == null ? null : label.apply(dossier.getOutcome().messageKey()));
		data.put("demandeLe", dossier.getRequestedAt());
		data.put("misAJourLe", dossier.getUpdatedAt());
		UUID referent = dossier.getReferentId();
		data.put("referent", referent == null ? null : names.get(referent));
		data.put("structure", network.findStructure(dossier.getStructureId()).map(StructureSummary::name).orElse(null));
		data.put("demande",
				new Request(label.apply(dossier.getSituation().messageKey()),
						dossier.getWishes().stream().map(wish -> label.apply(wish.messageKey())).toList(),
						dossier.getMeetingModes().stream().map(mode -> label.apply(mode.messageKey())).toList(),
						dossier.getAvailability(), dossier.getPostalCode(), dossier.getCommune(), dossier.getMessage(),
						dossier.getOrigin()));
		data.put("historique",
				dossier.timeline()
					.stream()
					.map(event -> new Entry(event.getAt(), label.apply(event.getType().messageKey()),
							event.getActorId() == null ? null : names.get(event.getActorId()),
							event.getReferentId() == null ? null : names.get(event.getReferentId()),
							event.getOutcome() == null ? null : label.apply(event.getOutcome().messageKey())))
					.toList());
		for (DossierExportPart part : extra) {
			data.put(part.field(), part.exportFor(dossier.getId(), files));
		}
		return data;
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static void addIfPresent(Set<UUID> people, @Nullable UUID id) {
		if (id != null) {
			people.add(id);
		}
	}

	/**
	 * The files that the parts add, by entry name, in the order they were added; the
	 * names are made unique by a number in front of the file's name.
	 */
	private static final class Files implements DossierExport {

		private final Locale locale;

		private final Map<String, Path> added = new LinkedHashMap<>();

		Files(Locale locale) {
			this.locale = locale;
		}

		@Override
		public Locale locale() {
			return locale;
		}

		@Override
		public @Nullable String addFile(String folder, String name, Path source) {
			if (!java.nio.file.Files.isReadable(source)) {
				return null;
			}
			String directory = Arrays.stream(folder.split("/"))
				.filter(part -> !part.isBlank())
				.map(PersonalDataZip::safeName)
				.collect(Collectors.joining("/"));
			String prefix = directory.isEmpty() ? "" : directory + "/";
			String safe = PersonalDataZip.safeName(name);
			String entry = prefix + safe;
			for (int n = 2; added.containsKey(entry); n++) {
				entry = prefix + n + "-" + safe;
			}
			added.put(entry, source);
			return entry;
		}

	}

	record Request(String situation, List<String> souhaits, List<String> rencontres, @Nullable String disponibilites,
			String codePostal, @Nullable String commune, @Nullable String message, @Nullable String pageDOrigine) {
	}

	record Entry(Instant le, String quoi, @Nullable String par, @Nullable String referent, @Nullable String issue) {
	}

}
