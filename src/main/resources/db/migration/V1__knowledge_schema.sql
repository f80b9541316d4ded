-- The knowledge base: sources, actors and the evidenced facts between them.
-- Written in the SQL that H2 and PostgreSQL share.

create sequence source_seq start with 1 increment by 50;
create sequence actor_seq start with 1 increment by 50;
create sequence actor_name_seq start with 1 increment by 50;
create sequence membership_seq start with 1 increment by 50;
create sequence punitive_measure_seq start with 1 increment by 50;
create sequence relation_seq start with 1 increment by 50;
create sequence event_seq start with 1 increment by 50;
create sequence evidence_seq start with 1 increment by 50;

create table source (
    id           bigint primary key,
    title        varchar(500) not null,
    publisher    varchar(255),
    section      varchar(255),
    text_content varchar(1000000) not null
);
create index source_title_idx on source (title);

create table actor (
    id          bigint primary key,
    name        varchar(255) not null,
    -- lower-cased name: the sort and keyset key of the actors connection
    name_key    varchar(255) not null,
    kind        varchar(32)  not null,
    description varchar(4000),
    constraint actor_kind_check check (kind in ('STATE', 'ORGANISATION', 'PERSON', 'GOVERNMENT_BODY', 'CITY', 'REGION'))
);
create index actor_name_key_idx on actor (name_key, id);
create index actor_kind_name_key_idx on actor (kind, name_key, id);

-- Every name an actor answers to, its canonical name included, so that one
-- unique index keeps names and aliases unique across all actors.
create table actor_name (
    id        bigint primary key,
    actor_id  bigint       not null references actor (id) on delete cascade,
    name      varchar(255) not null,
    name_key  varchar(255) not null,
    canonical boolean      not null,
    constraint actor_name_key_unique unique (name_key)
);
create index actor_name_actor_idx on actor_name (actor_id);

create table event (
    id          bigint primary key,
    name        varchar(500) not null,
    kind        varchar(64)  not null,
    event_date  varchar(10),
    place_id    bigint references actor (id)
);
create index event_place_idx on event (place_id);
create index event_name_idx on event (name);

create table event_participant (
    event_id bigint not null references event (id) on delete cascade,
    actor_id bigint not null references actor (id),
    primary key (event_id, actor_id)
);
create index event_participant_actor_idx on event_participant (actor_id);

create table membership (
    id              bigint primary key,
    member_id       bigint      not null references actor (id),
    organisation_id bigint      not null references actor (id),
    status          varchar(32) not null,
    valid_since     varchar(10),
    valid_until     varchar(10),
    constraint membership_status_check check (status in ('MEMBER', 'PARTNER', 'APPLICANT', 'OBSERVER', 'DECLINED', 'FORMER_MEMBER'))
);
create index membership_member_idx on membership (member_id, id);
create index membership_organisation_idx on membership (organisation_id, id);
create index membership_status_idx on membership (status, id);

create table punitive_measure (
    id               bigint primary key,
    imposer_id       bigint        not null references actor (id),
    target_id        bigint        not null references actor (id),
    kind             varchar(32)   not null,
    status           varchar(32)   not null,
    summary          varchar(4000) not null,
    scope            varchar(4000),
    stated_reason    varchar(4000),
    assessed_motive  varchar(4000),
    trigger_event_id bigint references event (id),
    measure_date     varchar(10),
    constraint measure_kind_check check (kind in ('IMPORT_BAN', 'EXPORT_BAN', 'SANCTION', 'TARIFF', 'DIPLOMATIC', 'MILITARY', 'OTHER')),
    constraint measure_status_check check (status in ('IMPOSED', 'THREATENED', 'LIFTED', 'SPECULATED'))
);
create index measure_imposer_idx on punitive_measure (imposer_id, id);
create index measure_target_idx on punitive_measure (target_id, id);
create index measure_kind_idx on punitive_measure (kind, id);
create index measure_status_idx on punitive_measure (status, id);
create index measure_trigger_idx on punitive_measure (trigger_event_id);

create table relation (
    id            bigint primary key,
    subject_id    bigint      not null references actor (id),
    relation_type varchar(64) not null,
    object_id     bigint      not null references actor (id)
);
create index relation_subject_idx on relation (subject_id, id);
create index relation_object_idx on relation (object_id, id);
create index relation_type_idx on relation (relation_type, id);

-- A verbatim passage of a source that states exactly one fact.
create table evidence (
    id            bigint primary key,
    source_id     bigint        not null references source (id),
    quote         varchar(8000) not null,
    start_offset  integer       not null,
    end_offset    integer       not null,
    membership_id bigint references membership (id) on delete cascade,
    measure_id    bigint references punitive_measure (id) on delete cascade,
    relation_id   bigint references relation (id) on delete cascade,
    event_id      bigint references event (id) on delete cascade,
    constraint evidence_offsets_check check (start_offset >= 0 and end_offset > start_offset),
    constraint evidence_one_fact_check check (
        (case when membership_id is null then 0 else 1 end)
      + (case when measure_id is null then 0 else 1 end)
      + (case when relation_id is null then 0 else 1 end)
      + (case when event_id is null then 0 else 1 end) = 1)
);
create index evidence_source_idx on evidence (source_id);
create index evidence_membership_idx on evidence (membership_id);
create index evidence_measure_idx on evidence (measure_id);
create index evidence_relation_idx on evidence (relation_id);
create index evidence_event_idx on evidence (event_id);

-- Datasets imported at start-up, so that a restart never seeds twice.
create table dataset_import (
    name        varchar(255) primary key,
    imported_at timestamp not null
);
