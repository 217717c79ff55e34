-- Documents attached to agenda items (the files themselves are in CONCERTO_DATA_DIR/files).
create table agenda_attachment (
    id             bigint                      not null,
    version        bigint                      not null,
    agenda_item_id bigint                      not null,
    file_name      varchar(150)                not null,
    content_type   varchar(100)                not null,
    size_bytes     bigint                      not null,
    sha256         varchar(64)                 not null,
    storage_key    varchar(36)                 not null,
    uploaded_at    timestamp(6) with time zone not null,
    uploaded_by    varchar(100)                not null,
    constraint pk_agenda_attachment primary key (id),
    constraint uk_agenda_attachment_key unique (storage_key),
    constraint fk_agenda_attachment_item foreign key (agenda_item_id) references agenda_item (id)
);
create index ix_agenda_attachment_item on agenda_attachment (agenda_item_id);
