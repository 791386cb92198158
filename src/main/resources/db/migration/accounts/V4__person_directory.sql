-- The accounts module's read contract for other modules' SQL (search and sort of a caseload by
-- name or e-mail): the names and addresses of people, and nothing else. Other modules read this
-- view, never the table, so that the table can change behind it.
create view accounts.person_directory as
	select id, display_name, email
	from accounts.user_account;
