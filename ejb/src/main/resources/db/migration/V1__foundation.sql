-- Concerto's first schema: directory, accounts, meetings, invitations, agenda.
-- Written once for H2 and PostgreSQL alike; Hibernate validates it against the entities at start-up.

create sequence concerto_seq start with 1 increment by 50;

create table organisation (
    id          bigint       not null,
    version     bigint       not null,
    name        varchar(200) not null,
    acronym     varchar(40),
    category    varchar(40)  not null,
    constraint pk_organisation primary key (id),
    constraint uk_organisation_name unique (name)
);

create table person (
    id                 bigint       not null,
    version            bigint       not null,
    first_name         varchar(100) not null,
    last_name          varchar(100) not null,
    email              varchar(254) not null,
    job_title          varchar(200),
    preferred_language varchar(2)   not null,
    organisation_id    bigint,
    constraint pk_person primary key (id),
    constraint uk_person_email unique (email),
    constraint fk_person_organisation foreign key (organisation_id) references organisation (id)
);
create index ix_person_organisation on person (organisation_id);
create index ix_person_last_name on person (last_name);

create table user_account (
    id            bigint       not null,
    version       bigint       not null,
    login         varchar(100) not null,
    password_hash varchar(100) not null,
    enabled       boolean      not null,
    person_id     bigint,
    constraint pk_user_account primary key (id),
    constraint uk_user_account_login unique (login),
    constraint uk_user_account_person unique (person_id),
    constraint fk_user_account_person foreign key (person_id) references person (id)
);

create table user_account_role (
    account_id bigint      not null,
    role       varchar(40) not null,
    constraint pk_user_account_role primary key (account_id, role),
    constraint fk_user_account_role_account foreign key (account_id) references user_account (id)
);

create table meeting (
    id           bigint                      not null,
    version      bigint                      not null,
    title        varchar(200)                not null,
    purpose      varchar(4000),
    subject      varchar(200),
    starts_at    timestamp(6) with time zone not null,
    ends_at      timestamp(6) with time zone not null,
    format       varchar(20)                 not null,
    venue        varchar(300),
    online_link  varchar(500),
    status       varchar(30)                 not null,
    illustrative boolean                     not null,
    constraint pk_meeting primary key (id),
    constraint ck_meeting_schedule check (ends_at > starts_at)
);
create index ix_meeting_starts_at on meeting (starts_at);
create index ix_meeting_status on meeting (status);

create table invitation (
    id         bigint      not null,
    version    bigint      not null,
    meeting_id bigint      not null,
    person_id  bigint      not null,
    role       varchar(20) not null,
    constraint pk_invitation primary key (id),
    constraint uk_invitation_meeting_person unique (meeting_id, person_id),
    constraint fk_invitation_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_invitation_person foreign key (person_id) references person (id)
);
create index ix_invitation_person on invitation (person_id);

create table agenda_item (
    id                        bigint        not null,
    version                   bigint        not null,
    meeting_id                bigint        not null,
    position                  integer       not null,
    title                     varchar(300)  not null,
    description               varchar(4000),
    kind                      varchar(20)   not null,
    presenter_person_id       bigint,
    presenter_organisation_id bigint,
    planned_minutes           integer       not null,
    confidential              boolean       not null,
    constraint pk_agenda_item primary key (id),
    constraint fk_agenda_item_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_agenda_item_person foreign key (presenter_person_id) references person (id),
    constraint fk_agenda_item_organisation foreign key (presenter_organisation_id) references organisation (id),
    constraint ck_agenda_item_minutes check (planned_minutes between 1 and 480)
);
create index ix_agenda_item_meeting on agenda_item (meeting_id, position);
