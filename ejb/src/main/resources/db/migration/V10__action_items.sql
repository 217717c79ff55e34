-- Action items (issue 5): who must do what by when, followed from meeting to meeting until closed.

-- Meetings on the same subject form a series: the key is given to the first meeting copied as a
-- follow-up and carried by every later one.
alter table meeting add column series_key varchar(36);
create index ix_meeting_series on meeting (series_key);

create table action_item (
    id                    bigint                      not null,
    version               bigint                      not null,
    meeting_id            bigint                      not null,
    agenda_item_id        bigint,
    description           varchar(1000)               not null,
    owner_person_id       bigint                      not null,
    owner_organisation_id bigint,
    due_date              date                        not null,
    priority              varchar(10)                 not null,
    status                varchar(20)                 not null,
    confirmed_at          timestamp(6) with time zone,
    confirmed_by          varchar(100),
    created_at            timestamp(6) with time zone not null,
    created_by            varchar(100)                not null,
    constraint pk_action_item primary key (id),
    constraint fk_action_item_meeting foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint fk_action_item_agenda_item foreign key (agenda_item_id) references agenda_item (id) on delete set null,
    constraint fk_action_item_owner_person foreign key (owner_person_id) references person (id),
    constraint fk_action_item_owner_organisation foreign key (owner_organisation_id) references organisation (id),
    constraint ck_action_item_confirmed check (confirmed_at is null or status = 'DONE')
);
create index ix_action_item_meeting on action_item (meeting_id);
create index ix_action_item_agenda_item on action_item (agenda_item_id);
create index ix_action_item_owner_person on action_item (owner_person_id);
create index ix_action_item_owner_organisation on action_item (owner_organisation_id);
create index ix_action_item_status_due on action_item (status, due_date);
create index ix_action_item_due on action_item (due_date);

-- Every change of an action, with who and when: never updated, never deleted with the action kept.
create table action_event (
    id          bigint                      not null,
    version     bigint                      not null,
    action_id   bigint                      not null,
    kind        varchar(20)                 not null,
    from_status varchar(20),
    to_status   varchar(20),
    note        varchar(2000),
    at          timestamp(6) with time zone not null,
    by_login    varchar(100)                not null,
    by_name     varchar(250)                not null,
    constraint pk_action_event primary key (id),
    constraint fk_action_event_action foreign key (action_id) references action_item (id) on delete cascade
);
create index ix_action_event_action on action_event (action_id, at);

-- Evidence files (the files themselves are in CONCERTO_DATA_DIR/files).
create table action_evidence (
    id           bigint                      not null,
    version      bigint                      not null,
    action_id    bigint                      not null,
    file_name    varchar(150)                not null,
    content_type varchar(100)                not null,
    size_bytes   bigint                      not null,
    sha256       varchar(64)                 not null,
    storage_key  varchar(36)                 not null,
    uploaded_at  timestamp(6) with time zone not null,
    uploaded_by  varchar(100)                not null,
    constraint pk_action_evidence primary key (id),
    constraint uk_action_evidence_key unique (storage_key),
    constraint fk_action_evidence_action foreign key (action_id) references action_item (id) on delete cascade
);
create index ix_action_evidence_action on action_evidence (action_id);

-- Reminders sent: one per action and reason, ever. The unique constraint is what makes a second
-- run (another tick, a restart, a second node) unable to mail the owner twice.
create table action_reminder (
    id        bigint                      not null,
    version   bigint                      not null,
    action_id bigint                      not null,
    reason    varchar(20)                 not null,
    sent_at   timestamp(6) with time zone not null,
    constraint pk_action_reminder primary key (id),
    constraint uk_action_reminder unique (action_id, reason),
    constraint fk_action_reminder_action foreign key (action_id) references action_item (id) on delete cascade
);
