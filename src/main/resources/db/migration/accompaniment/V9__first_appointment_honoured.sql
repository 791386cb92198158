-- when the first appointment of a dossier was honoured: set once and never cleared, so that this first
-- is announced at most once, even when an outcome is corrected later or another appointment is honoured
alter table accompaniment.dossier add column first_honoured_at timestamptz;
-- the dossiers that already had an appointment honoured (still recorded so, or honoured on the timeline
-- before a correction) are marked without being announced: the audience funnel never counts them
update accompaniment.dossier d
	set first_honoured_at = honoured.at
	from (select dossier_id, min(at) as at from (
			select dossier_id, at from accompaniment.dossier_event where type = 'APPT_HONOURED'
			union all
			select dossier_id, updated_at as at from accompaniment.appointment where status = 'HONOURED') recorded
		group by dossier_id) honoured
	where honoured.dossier_id = d.id and d.first_honoured_at is null;
