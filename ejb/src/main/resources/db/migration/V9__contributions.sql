-- Contributions (issue 4): written statements and position papers with their versions and files, the
-- submission deadline of each meeting and its reopenings, and the meeting packs built in the background.
-- The files themselves are in CONCERTO_DATA_DIR/files, like the agenda documents.

create table contribution (
    id               bigint                      not null,
    version          bigint                      not null,
    meeting_id       bigint                      not null,
    agenda_item_id   bigint,
    author_id        bigint                      not null,
    on_behalf_of_id  bigint,
    title            varchar(300)                not null,
    visibility       varchar(20)                 not null,
    status           varchar(20)                 not null,
    review_comment   varchar(2000),
    reviewed_at      timestamp(6) with time zone,
    reviewed_by      varchar(100),
    distributed_at   timestamp(6) with time zone,
    created_at       timestamp(6) with time zone not null,
    constraint pk_contribution primary key (id),
    constraint fk_contribution_meeting foreign key (meeting_id) references meeting (id),
    -- An item removed from the agenda leaves its contributions to the meeting as a whole.
    constraint fk_contribution_item foreign key (agenda_item_id) references agenda_item (id) on delete set null,
    constraint fk_contribution_author foreign key (author_id) references person (id),
    constraint fk_contribution_organisation foreign key (on_behalf_of_id) references organisation (id)
);
create index ix_contribution_meeting on contribution (meeting_id);
create index ix_contribution_item on contribution (agenda_item_id);
create index ix_contribution_author on contribution (author_id);

create table contribution_version (
    id               bigint                      not null,
    version          bigint                      not null,
    contribution_id  bigint                      not null,
    number           integer                     not null,
    kind             varchar(20)                 not null,
    statement_html   varchar(20000),
    disclosure       varchar(4000),
    no_interests     boolean                     not null,
    submitted_at     timestamp(6) with time zone not null,
    submitted_by     varchar(100)                not null,
    late             boolean                     not null,
    sha256           varchar(64)                 not null,
    constraint pk_contribution_version primary key (id),
    constraint uk_contribution_version_number unique (contribution_id, number),
    constraint fk_contribution_version_contribution foreign key (contribution_id) references contribution (id)
);

create table contribution_file (
    id                      bigint       not null,
    version                 bigint       not null,
    contribution_version_id bigint       not null,
    position                integer      not null,
    file_name               varchar(150) not null,
    kind                    varchar(10)  not null,
    size_bytes              bigint       not null,
    sha256                  varchar(64)  not null,
    storage_key             varchar(36)  not null,
    constraint pk_contribution_file primary key (id),
    constraint uk_contribution_file_key unique (storage_key),
    constraint fk_contribution_file_version foreign key (contribution_version_id) references contribution_version (id)
);
create index ix_contribution_file_version on contribution_file (contribution_version_id);

create table submission_deadline (
    id          bigint                      not null,
    version     bigint                      not null,
    meeting_id  bigint                      not null,
    deadline    timestamp(6) with time zone not null,
    constraint pk_submission_deadline primary key (id),
    constraint uk_submission_deadline_meeting unique (meeting_id),
    constraint fk_submission_deadline_meeting foreign key (meeting_id) references meeting (id)
);

create table submission_reopening (
    id           bigint                      not null,
    version      bigint                      not null,
    meeting_id   bigint                      not null,
    person_id    bigint                      not null,
    open_until   timestamp(6) with time zone not null,
    reopened_by  varchar(100)                not null,
    reopened_at  timestamp(6) with time zone not null,
    constraint pk_submission_reopening primary key (id),
    constraint uk_submission_reopening unique (meeting_id, person_id),
    constraint fk_submission_reopening_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_submission_reopening_person foreign key (person_id) references person (id)
);

create table meeting_pack (
    id            bigint                      not null,
    version       bigint                      not null,
    meeting_id    bigint                      not null,
    status        varchar(20)                 not null,
    steps_done    integer                     not null,
    steps_total   integer                     not null,
    storage_key   varchar(36),
    size_bytes    bigint,
    sha256        varchar(64),
    requested_at  timestamp(6) with time zone not null,
    requested_by  varchar(100)                not null,
    finished_at   timestamp(6) with time zone,
    failure       varchar(500),
    constraint pk_meeting_pack primary key (id),
    constraint fk_meeting_pack_meeting foreign key (meeting_id) references meeting (id)
);
create index ix_meeting_pack_meeting on meeting_pack (meeting_id);
