-- Claims as the source makes them: how strongly it states each fact, and whose view it is.
-- Facts stored before this version were all written as plain statements: ASSERTED.

alter table membership add column certainty varchar(16) default 'ASSERTED' not null;
alter table membership add column attributed_to varchar(500);
alter table membership add constraint membership_certainty_check
    check (certainty in ('ASSERTED', 'ASSESSED', 'REPORTED', 'HYPOTHETICAL'));
create index membership_certainty_idx on membership (certainty, id);

alter table punitive_measure add column certainty varchar(16) default 'ASSERTED' not null;
alter table punitive_measure add column attributed_to varchar(500);
alter table punitive_measure add constraint measure_certainty_check
    check (certainty in ('ASSERTED', 'ASSESSED', 'REPORTED', 'HYPOTHETICAL'));
create index measure_certainty_idx on punitive_measure (certainty, id);
-- A speculated measure is a scenario, and a scenario's measure is speculated.
update punitive_measure set certainty = 'HYPOTHETICAL' where status = 'SPECULATED';
alter table punitive_measure add constraint measure_speculated_check
    check ((status = 'SPECULATED') = (certainty = 'HYPOTHETICAL'));

alter table relation add column certainty varchar(16) default 'ASSERTED' not null;
alter table relation add column attributed_to varchar(500);
alter table relation add constraint relation_certainty_check
    check (certainty in ('ASSERTED', 'ASSESSED', 'REPORTED', 'HYPOTHETICAL'));
create index relation_certainty_idx on relation (certainty, id);

alter table event add column certainty varchar(16) default 'ASSERTED' not null;
alter table event add column attributed_to varchar(500);
alter table event add constraint event_certainty_check
    check (certainty in ('ASSERTED', 'ASSESSED', 'REPORTED', 'HYPOTHETICAL'));
create index event_certainty_idx on event (certainty, id);

-- Mentions: passages of a source that name an actor. They are evidence rows that point at the
-- actor instead of a fact, computed when a source, an actor or an alias is written.
alter table evidence add column mentioned_actor_id bigint references actor (id) on delete cascade;
alter table evidence drop constraint evidence_one_fact_check;
alter table evidence add constraint evidence_one_subject_check check (
    (case when membership_id is null then 0 else 1 end)
  + (case when measure_id is null then 0 else 1 end)
  + (case when relation_id is null then 0 else 1 end)
  + (case when event_id is null then 0 else 1 end)
  + (case when mentioned_actor_id is null then 0 else 1 end) = 1);
create index evidence_mentioned_actor_idx on evidence (mentioned_actor_id, id);
