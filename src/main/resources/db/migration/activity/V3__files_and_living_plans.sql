-- the documents a person attaches to the FILE questions of an activity: the file itself
-- is kept in the data directory under a random name, never under a public address
create table activity.activity_file (
	id              uuid          primary key,
	activity_id     uuid          not null references activity.activity (id),
	dossier_id      uuid          not null,
	beneficiary_id  uuid          not null,
	question_id     varchar(40)   not null,
	original_name   varchar(200)  not null,
	content_type    varchar(100)  not null,
	size_bytes      bigint        not null,
	stored_name     varchar(36)   not null,
	uploaded_at     timestamptz   not null
);
create index activity_file_activity_idx on activity.activity_file (activity_id);
create index activity_file_beneficiary_idx on activity.activity_file (beneficiary_id);

-- an activity whose template is "living" (an action plan) stays open to updates of its
-- steps once accepted, while the dossier is open
alter table activity.activity add column living boolean not null default false;

-- every update of a living plan: who, when, and what changed (JSON list of changes)
create table activity.plan_update (
	id           uuid         primary key,
	activity_id  uuid         not null references activity.activity (id),
	dossier_id   uuid         not null,
	author_id    uuid         not null,
	updated_at   timestamptz  not null,
	changes      text         not null
);
create index plan_update_activity_idx on activity.plan_update (activity_id, updated_at);

-- the built-in action plan becomes living: activities already given keep their version,
-- but an action plan is, by nature, to be updated over time
update activity.activity a set living = true
where exists (select 1 from activity.template_version v join activity.template t on t.id = v.template_id
              where v.id = a.template_version_id and t.builtin_key = 'plan-action');

-- where the built-in action plan is already installed, its next version says it is living
-- (a version is never changed once written: a new one is added)
insert into activity.template_version (id, template_id, number, definition, created_by, created_at)
select gen_random_uuid(), t.id, t.current_version + 1, (v.definition::jsonb || '{"living": true}'::jsonb)::text,
       null, now()
from activity.template t join activity.template_version v on v.template_id = t.id and v.number = t.current_version
where t.builtin_key = 'plan-action' and coalesce(v.definition::jsonb ->> 'living', 'false') <> 'true';
update activity.template t set current_version = current_version + 1, updated_at = now(), version = version + 1
where t.builtin_key = 'plan-action'
  and exists (select 1 from activity.template_version v where v.template_id = t.id and v.number = t.current_version + 1);
