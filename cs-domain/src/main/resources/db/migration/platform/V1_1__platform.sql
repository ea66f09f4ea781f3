-- Cross-cutting tables every module writes to: the audit log, run-time settings, job runs, job locks.
create schema if not exists platform;

create table platform.audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    actor       text        not null,
    action      text        not null,
    entity_type text        not null,
    entity_id   text        not null,
    before      jsonb,
    after       jsonb
);
create index audit_log_entity_idx on platform.audit_log (entity_type, entity_id, at desc);
create index audit_log_actor_idx on platform.audit_log (actor, at desc);

create table platform.setting (
    key        text primary key,
    value      text        not null,
    updated_at timestamptz not null,
    updated_by text        not null
);

create table platform.job_run (
    id            bigint generated always as identity primary key,
    job           text        not null,
    started_at    timestamptz not null,
    finished_at   timestamptz,
    status        text        not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    rows_affected bigint,
    error         text
);
create index job_run_job_idx on platform.job_run (job, started_at desc);

-- ShedLock: one instance runs each scheduled job
create table platform.shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
