-- files attached to a mail (the .ics of an event or an appointment); they go with the mail when it is purged
create table notifications.outbox_mail_attachment (
	mail_id      uuid          not null references notifications.outbox_mail (id) on delete cascade,
	position     integer       not null,
	file_name    varchar(200)  not null,
	content_type varchar(200)  not null,
	content      bytea         not null,
	primary key (mail_id, position)
);
