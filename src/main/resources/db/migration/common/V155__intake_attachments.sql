-- The files that come with a complaint or report (a letter's scan, a receipt, a photo). Their bytes are in the cases
-- module's document store (document_chunk) under the attachment's id, so that the case a report becomes makes them
-- its documents under the same id without copying them.
create table intake_attachment (
    id              uuid         primary key,
    item_id         uuid         not null references intake_item (id),
    file_name       varchar(255) not null,
    declared_type   varchar(120),
    detected_type   varchar(120) not null,
    size_bytes      bigint       not null,
    sha256          varchar(64)  not null,
    uploaded_by     varchar(64)  not null,
    uploaded_agency varchar(40)  not null,
    uploaded_at     timestamp with time zone not null
);
create index intake_attachment_item on intake_attachment (item_id, uploaded_at);
