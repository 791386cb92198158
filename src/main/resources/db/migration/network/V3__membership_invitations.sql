-- Joining a team is accepted by the person: a membership starts INVITED and grants nothing
-- (no access to any dossier, no place in the assignment) until the person confirms it while
-- signed in (or sets the first password of the account the invitation created).
-- role_given: whether the membership gave the person its account role (false when they
-- already held it, e.g. a network editor invited to write a structure's events), so that
-- leaving the team takes away only what joining it gave.
alter table network.staff_membership add column status varchar(16) not null default 'ACTIVE';
alter table network.staff_membership add column invited_by uuid;
alter table network.staff_membership add column role_given boolean not null default true;
alter table network.staff_membership
	add constraint staff_membership_status_ck check (status in ('INVITED', 'ACTIVE'));
