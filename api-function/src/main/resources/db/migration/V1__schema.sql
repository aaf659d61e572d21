CREATE TABLE app_user (
    id            uuid PRIMARY KEY,
    username      varchar(100) NOT NULL UNIQUE,
    password_hash varchar(100) NOT NULL,
    roles         varchar(200) NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE vacancy (
    id                 uuid PRIMARY KEY,
    title              varchar(200) NOT NULL,
    language           varchar(2)   NOT NULL,
    seniority          varchar(20),
    location           varchar(200),
    employment_type    varchar(100),
    work_format        varchar(100),
    must_have_skills   text         NOT NULL,
    nice_to_have_skills text        NOT NULL,
    brief              text,
    version            bigint       NOT NULL,
    created_by         varchar(100),
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL
);
CREATE INDEX vacancy_created_at ON vacancy (created_at DESC);

CREATE TABLE task (
    id           uuid PRIMARY KEY,
    kind         varchar(30)  NOT NULL,
    status       varchar(20)  NOT NULL,
    vacancy_id   uuid REFERENCES vacancy (id) ON DELETE SET NULL,
    candidate_id uuid,
    origin       varchar(20)  NOT NULL,
    source       varchar(500),
    result       text,
    error        text,
    score        integer,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    completed_at timestamptz
);
CREATE INDEX task_vacancy_kind ON task (vacancy_id, kind, created_at DESC);

CREATE TABLE candidate (
    id                 uuid PRIMARY KEY,
    vacancy_id         uuid         NOT NULL REFERENCES vacancy (id) ON DELETE CASCADE,
    file_name          varchar(255) NOT NULL,
    media_type         varchar(100) NOT NULL,
    size_bytes         integer      NOT NULL,
    sha256             varchar(64)  NOT NULL,
    document           bytea        NOT NULL,
    evaluation_task_id uuid,
    created_at         timestamptz  NOT NULL
);
CREATE INDEX candidate_vacancy ON candidate (vacancy_id);

-- Transactional outbox: a request event is written with its task and delivered to the broker by the relay.
CREATE TABLE outbox_event (
    id              bigserial PRIMARY KEY,
    event_id        uuid         NOT NULL UNIQUE,
    type            varchar(200) NOT NULL,
    source          varchar(500) NOT NULL,
    subject         varchar(200) NOT NULL,
    data            bytea        NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    last_error      text,
    created_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX outbox_event_due ON outbox_event (next_attempt_at, id);

-- Inbox: ids of events already handled, so a redelivered event changes nothing.
CREATE TABLE processed_event (
    source      varchar(500) NOT NULL,
    event_id    varchar(200) NOT NULL,
    received_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (source, event_id)
);
