-- Data for bench/caseload.sh: a counsellor (bench.conseil@bench.boussole.test, with the demo password) who follows
-- 300 dossiers of 300 beneficiaries (one in five closed), the first of which has 500 more timeline entries (messages
-- noted on the timeline). Runs once, on a Boussole data directory with the demo data.
\set ON_ERROR_STOP on
begin;

insert into accounts.user_account (id, email, display_name, password_hash, status, locale, created_at)
select gen_random_uuid(), 'bench.conseil@bench.boussole.test', 'Conseillère de charge', password_hash, 'ACTIVE', 'fr',
	now()
from accounts.user_account where email = 'conseillere.annemasse@demo.boussole.test';
insert into accounts.user_role (user_id, role)
select id, 'COUNSELLOR' from accounts.user_account where email = 'bench.conseil@bench.boussole.test';

create temporary table bench_dossier on commit drop as
select gen_random_uuid() as id, gen_random_uuid() as beneficiary_id, n from generate_series(1, 300) as n;

insert into accounts.user_account (id, email, display_name, status, locale, created_at)
select beneficiary_id, 'bench.personne' || n || '@bench.boussole.test', 'Personne ' || n, 'ACTIVE', 'fr', now()
from bench_dossier;
insert into accounts.user_role (user_id, role) select beneficiary_id, 'BENEFICIARY' from bench_dossier;

insert into accompaniment.dossier (id, beneficiary_id, structure_id, site_id, status, outcome, referent_id, situation,
	wishes, meeting_modes, availability, postal_code, message, consent_at, requested_at, updated_at)
select d.id, d.beneficiary_id, s.structure_id, s.id, case when d.n % 5 = 0 then 'CLOSED' else 'OPEN' end,
	case when d.n % 5 = 0 then 'JOB_FOUND' end, c.id, 'JOB_SEEKER', 'CLARIFY_PROJECT,TRAIN', 'PHONE,VIDEO',
	'Le matin', '74100', 'Demande numéro ' || d.n, now() - d.n * interval '1 hour', now() - d.n * interval '1 hour',
	now() - d.n * interval '1 minute'
from bench_dossier d,
	(select id, structure_id from network.site where postal_code = '74100' order by name limit 1) s,
	(select id from accounts.user_account where email = 'bench.conseil@bench.boussole.test') c;

insert into accompaniment.dossier_event (id, dossier_id, type, at, actor_id, referent_id)
select gen_random_uuid(), d.id, 'REQUESTED', now() - d.n * interval '1 hour', d.beneficiary_id, null
from bench_dossier d
union all
select gen_random_uuid(), d.id, 'ASSIGNED', now() - d.n * interval '1 hour' + interval '1 minute', null, dossier.referent_id
from bench_dossier d join accompaniment.dossier on dossier.id = d.id;

insert into accompaniment.dossier_event (id, dossier_id, type, at, actor_id)
select gen_random_uuid(), d.id, 'MESSAGE_SENT', now() - interval '50 minutes' + m * interval '5 seconds',
	case when m % 2 = 0 then d.beneficiary_id else dossier.referent_id end
from bench_dossier d join accompaniment.dossier on dossier.id = d.id, generate_series(1, 500) as m
where d.n = 1;

commit;

select id as big_dossier from accompaniment.dossier
where message = 'Demande numéro 1' and referent_id = (select id from accounts.user_account
	where email = 'bench.conseil@bench.boussole.test');
