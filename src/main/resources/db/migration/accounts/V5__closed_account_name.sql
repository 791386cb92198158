-- A closed account keeps no display text: its name is erased (null), and the pages show
-- « Compte fermé » / "Closed account" from the message bundles, in the reader's language.
alter table accounts.user_account alter column display_name drop not null;
update accounts.user_account set display_name = null where status = 'CLOSED';
