-- each appointment page lists the activities that prepare or follow it
create index activity_appointment_idx on activity.activity (appointment_id) where appointment_id is not null;
