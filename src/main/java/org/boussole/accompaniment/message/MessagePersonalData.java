package org.boussole.accompaniment.message;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipOutputStream;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.PersonalDataContributor;
import org.boussole.accounts.PersonalDataZip;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages of a person's dossiers in their personal data archive
 * ({@code messages.json}, both sides of each conversation, with read dates) and their
 * files ({@code pieces-jointes/<n>-<name>}), copied from the data directory as the
 * archive is written.
 */
@Component
@Order(20)
class MessagePersonalData implements PersonalDataContributor {

	static final String FILES = "pieces-jointes/";

	private final PersonalMessages messages;

	private final AttachmentStore store;

	private final AccountManagement accounts;

	private final MessageSource labels;

	private final AccountNames names;

	MessagePersonalData(AccountNames names, PersonalMessages messages, AttachmentStore store,
			AccountManagement accounts, MessageSource labels) {
		this.names = names;
		this.messages = messages;
		this.store = store;
		this.accounts = accounts;
		this.labels = labels;
	}

	@Override
	public String name() {
		return "messages";
	}

	@Override
	@Transactional(readOnly = true)
	public void write(UUID accountId, ZipOutputStream zip) throws IOException {
		List<Message> thread = messages.messagesOf(accountId);
		Map<UUID, List<Attachment>> files = new HashMap<>();
		for (Attachment attachment : messages.attachmentsOf(accountId)) {
			files.computeIfAbsent(attachment.getMessageId(), id -> new ArrayList<>()).add(attachment);
		}
		Set<UUID> authors = new HashSet<>();
		thread.forEach(message -> authors.add(message.getAuthorId()));
		Map<UUID, String> names = authors.isEmpty() ? Map.of()
				: accounts.findAll(authors)
					.stream()
					.collect(Collectors.toMap(AccountSummary::id, this.names::of, (a, b) -> a));
		// the words of the archive in the person's language (French unless they chose
		// another)
		Locale locale = Locale.forLanguageTag(accounts.languageOf(accountId));
		String beneficiary = label("accompaniment.export.from.beneficiary", locale);
		String counsellor = label("accompaniment.export.from.counsellor", locale);
		List<MessageData> data = new ArrayList<>();
		List<Attachment> toCopy = new ArrayList<>();
		List<String> entryNames = new ArrayList<>();
		for (Message message : thread) {
			List<String> attached = new ArrayList<>();
			for (Attachment attachment : files.getOrDefault(message.getId(), List.of())) {
				String entry = FILES + (toCopy.size() + 1) + "-"
						+ PersonalDataZip.safeName(attachment.getOriginalName());
				toCopy.add(attachment);
				entryNames.add(entry);
				attached.add(entry);
			}
			data.add(new MessageData(message.getDossierId(), message.getSentAt(),
					message.isFromBeneficiary() ? beneficiary : counsellor, names.get(message.getAuthorId()),
					message.isErased() ? label("accompaniment.message.erased", locale) : message.getBody(),
					message.getReadAt(), attached));
		}
		PersonalDataZip.json(zip, "messages.json", data);
		for (int i = 0; i < toCopy.size(); i++) {
			PersonalDataZip.file(zip, entryNames.get(i), store.path(toCopy.get(i).getStoredName()));
		}
	}

	private String label(String key, Locale locale) {
		return labels.getMessage(key, null, key, locale);
	}

	record MessageData(UUID dossier, Instant envoyeLe, String de, @Nullable String auteur, String texte,
			@Nullable Instant luLe, List<String> piecesJointes) {
	}

}
