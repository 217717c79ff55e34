-- Declared interests (issue 3, item 8): each person's ties with companies and bodies, the organisations
-- an agenda item concerns, and the secretariat's decision for each person flagged on an item.

create table declared_interest (
    id              bigint        not null,
    version         bigint        not null,
    person_id       bigint        not null,
    organisation_id bigint,
    other_party     varchar(200),
    nature          varchar(30)   not null,
    description     varchar(2000),
    starts_on       date          not null,
    ends_on         date,
    constraint pk_declared_interest primary key (id),
    constraint fk_declared_interest_person foreign key (person_id) references person (id),
    constraint fk_declared_interest_organisation foreign key (organisation_id) references organisation (id),
    constraint ck_declared_interest_party check (organisation_id is not null or other_party is not null),
    constraint ck_declared_interest_period check (ends_on is null or ends_on >= starts_on)
);
create index ix_declared_interest_person on declared_interest (person_id);
create index ix_declared_interest_organisation on declared_interest (organisation_id);

create table agenda_item_concerned_organisation (
    agenda_item_id  bigint not null,
    organisation_id bigint not null,
    constraint pk_agenda_item_concerned_organisation primary key (agenda_item_id, organisation_id),
    constraint fk_concerned_agenda_item foreign key (agenda_item_id) references agenda_item (id),
    constraint fk_concerned_organisation foreign key (organisation_id) references organisation (id)
);
create index ix_concerned_organisation on agenda_item_concerned_organisation (organisation_id);

-- Kept for the minutes; removing an agenda item removes the decisions taken about it.
create table interest_decision (
    id             bigint                      not null,
    version        bigint                      not null,
    agenda_item_id bigint                      not null,
    person_id      bigint                      not null,
    outcome        varchar(20)                 not null,
    comment        varchar(1000),
    decided_at     timestamp(6) with time zone not null,
    decided_by     varchar(100)                not null,
    constraint pk_interest_decision primary key (id),
    constraint uk_interest_decision unique (agenda_item_id, person_id),
    constraint fk_interest_decision_item foreign key (agenda_item_id) references agenda_item (id) on delete cascade,
    constraint fk_interest_decision_person foreign key (person_id) references person (id)
);
