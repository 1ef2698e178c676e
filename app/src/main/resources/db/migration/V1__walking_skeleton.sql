-- MoleculeFlow schema, walking skeleton. The engine (Operaton) manages its own ACT_* tables in the same database.
-- Regulated records (parents, batches, results, submissions, signatures, documents, audit) are never hard-deleted.

create table organisations (
    id          varchar(64) primary key,
    name        varchar(200) not null unique,
    kind        varchar(16)  not null check (kind in ('PHARMA', 'CRO'))
);

-- Which organisation a user (an engine identity user) belongs to. Passwords and groups live in the engine's
-- identity tables so that the portal, the API and Operaton Tasklist/Cockpit share one user store.
create table organisation_members (
    username        varchar(64) primary key,
    organisation_id varchar(64) not null references organisations (id)
);

create table documents (
    id            uuid primary key,
    file_name     varchar(500) not null,
    content_type  varchar(200) not null,
    size_bytes    bigint       not null,
    sha256        char(64)     not null,
    storage_key   varchar(500) not null,
    purpose       varchar(64)  not null,
    uploaded_by   varchar(64)  not null,
    uploaded_at   timestamptz  not null default now()
);

create sequence parent_number_seq start 1;

create table parents (
    id                      bigserial primary key,
    corporate_id            varchar(32)  not null unique,
    canonical_smiles        text         not null,
    exact_key               varchar(64)  not null,
    inchi                   text         not null,
    inchikey                varchar(27)  not null,
    stereo_insensitive_key  varchar(128) not null,
    rules_version           varchar(16)  not null,
    formula                 varchar(200) not null,
    average_mw              double precision not null,
    exact_mass              double precision not null,
    logp                    double precision,
    tpsa                    double precision,
    hbd                     integer,
    hba                     integer,
    rotatable_bonds         integer,
    batch_count             integer      not null default 0,
    created_by              varchar(64)  not null,
    created_at              timestamptz  not null default now()
);
-- exact identity is unique per rules version: two rows are "the same compound" only here
create unique index parents_exact_key_uq on parents (rules_version, exact_key);
create index parents_inchikey_idx on parents (inchikey);
create index parents_stereo_key_idx on parents (stereo_insensitive_key);
create index parents_mw_idx on parents (average_mw);

create table batches (
    id                bigserial primary key,
    parent_id         bigint       not null references parents (id),
    batch_number      integer      not null,
    corporate_id      varchar(40)  not null unique,
    salt_form_smiles  text         not null,
    salt_description  varchar(500),
    original_text     text         not null,
    external_id       varchar(200),
    import_id         uuid,
    source_line       bigint,
    created_by        varchar(64)  not null,
    created_at        timestamptz  not null default now(),
    unique (parent_id, batch_number)
);
create index batches_external_id_idx on batches (external_id);
create index batches_import_idx on batches (import_id);

create table imports (
    id                   uuid primary key,
    file_name            varchar(500) not null,
    document_id          uuid         not null references documents (id),
    structure_column     varchar(200),
    id_column            varchar(200),
    status               varchar(16)  not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    failure_reason       text,
    total_rows           bigint,
    processed_rows       bigint       not null default 0,
    registered           bigint       not null default 0,
    duplicates           bigint       not null default 0,
    in_review            bigint       not null default 0,
    rejected             bigint       not null default 0,
    chunk_size           integer      not null,
    process_instance_id  varchar(64),
    created_by           varchar(64)  not null,
    created_at           timestamptz  not null default now(),
    started_at           timestamptz,
    finished_at          timestamptz
);

-- One row per input row: every row ends with exactly one outcome and its original text is kept.
create table import_rows (
    import_id      uuid    not null references imports (id),
    line_number    bigint  not null,
    outcome        varchar(16) not null check (outcome in ('registered', 'duplicate', 'in_review', 'rejected')),
    original_text  text    not null,
    external_id    varchar(200),
    reason         text,
    parent_id      bigint references parents (id),
    batch_id       bigint references batches (id),
    primary key (import_id, line_number)
);
create index import_rows_outcome_idx on import_rows (import_id, outcome, line_number);

create table libraries (
    id          uuid primary key,
    name        varchar(200) not null,
    description text,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null default now()
);

create table library_members (
    library_id  uuid   not null references libraries (id),
    parent_id   bigint not null references parents (id),
    added_by    varchar(64) not null,
    added_at    timestamptz not null default now(),
    primary key (library_id, parent_id)
);

create table submissions (
    id                   uuid primary key,
    title                varchar(300) not null,
    cro_organisation_id  varchar(64)  not null references organisations (id),
    assay                varchar(300) not null,
    status               varchar(24)  not null,
    process_instance_id  varchar(64),
    created_by           varchar(64)  not null,
    created_at           timestamptz  not null default now(),
    submitted_at         timestamptz,
    decided_by           varchar(64),
    decided_at           timestamptz,
    decision_comment     text,
    completed_at         timestamptz
);

-- What was sent is a snapshot: the identifiers a CRO may use to report results are frozen here.
create table submission_items (
    submission_id        uuid    not null references submissions (id),
    batch_id             bigint  not null references batches (id),
    parent_id            bigint  not null references parents (id),
    parent_corporate_id  varchar(32) not null,
    batch_corporate_id   varchar(40) not null,
    external_id          varchar(200),
    primary key (submission_id, batch_id)
);

create table signatures (
    id              uuid primary key,
    signer          varchar(64)  not null,
    signer_name     varchar(200) not null,
    meaning         varchar(64)  not null,
    record_type     varchar(64)  not null,
    record_id       varchar(64)  not null,
    content_sha256  char(64)     not null,
    signed_at       timestamptz  not null default now()
);

create table results (
    id              bigserial primary key,
    submission_id   uuid    not null references submissions (id),
    batch_id        bigint  not null references batches (id),
    parent_id       bigint  not null references parents (id),
    assay           varchar(300) not null,
    identifier      varchar(200) not null,
    value           double precision not null,
    document_id     uuid not null references documents (id),
    line_number     bigint not null,
    recorded_by     varchar(64) not null,
    recorded_at     timestamptz not null default now()
);
create index results_parent_idx on results (parent_id);

create table result_rejections (
    submission_id   uuid    not null references submissions (id),
    document_id     uuid    not null references documents (id),
    line_number     bigint  not null,
    original_text   text    not null,
    reason          text    not null,
    primary key (document_id, line_number)
);

-- Part 11 audit trail: append-only, enforced by the database, not by application discipline.
create table audit_events (
    id           bigserial primary key,
    occurred_at  timestamptz not null default now(),
    actor        varchar(64)  not null,
    action       varchar(64)  not null,
    entity_type  varchar(64)  not null,
    entity_id    varchar(64)  not null,
    details      text,
    reason       text
);
create index audit_events_entity_idx on audit_events (entity_id, occurred_at);

create function audit_events_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_events is append-only (21 CFR Part 11): % refused', tg_op;
end $$;
create trigger audit_events_no_update before update or delete on audit_events
    for each row execute function audit_events_append_only();

