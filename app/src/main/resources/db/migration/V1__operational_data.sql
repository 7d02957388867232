-- Operational data only: evidence is content from the centres' jars and never lives here.

-- Feedback, nominations and appeals, each routed to the centre that owns it.
CREATE TABLE feedback_item (
    id            BIGSERIAL PRIMARY KEY,
    kind          VARCHAR(20)   NOT NULL CHECK (kind IN ('PROBLEM', 'SUGGESTION', 'REVIEW')),
    centre        VARCHAR(64)   NOT NULL,
    entry_id      VARCHAR(200),
    topic         VARCHAR(200),
    message       VARCHAR(4000) NOT NULL,
    name          VARCHAR(200),
    email         VARCHAR(254),
    status        VARCHAR(20)   NOT NULL DEFAULT 'RECEIVED'
                  CHECK (status IN ('RECEIVED', 'IN_REVIEW', 'ANSWERED', 'DECLINED')),
    reply         VARCHAR(4000),
    received_at   TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    anonymised_at TIMESTAMPTZ
);
CREATE INDEX feedback_item_centre ON feedback_item (centre, status);
CREATE INDEX feedback_item_received ON feedback_item (received_at);

-- Search insights: one row per day, query, centre filter and filters used, summed by every replica.
CREATE TABLE search_daily (
    day          DATE         NOT NULL,
    query        VARCHAR(200) NOT NULL,
    centre       VARCHAR(64)  NOT NULL DEFAULT '',
    filters      VARCHAR(200) NOT NULL DEFAULT '',
    searches     BIGINT       NOT NULL,
    zero_results BIGINT       NOT NULL,
    PRIMARY KEY (day, query, centre, filters)
);
CREATE INDEX search_daily_day ON search_daily (day);

-- The content generation: an admin's reload on one replica raises it; every replica polls it.
CREATE TABLE content_generation (
    id           INT          PRIMARY KEY CHECK (id = 1),
    generation   BIGINT       NOT NULL,
    requested_at TIMESTAMPTZ  NOT NULL
);
INSERT INTO content_generation (id, generation, requested_at) VALUES (1, 0, now());

-- Admin sessions (Spring Session JDBC's schema for PostgreSQL).
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID            CHAR(36)     NOT NULL,
    SESSION_ID            CHAR(36)     NOT NULL,
    CREATION_TIME         BIGINT       NOT NULL,
    LAST_ACCESS_TIME      BIGINT       NOT NULL,
    MAX_INACTIVE_INTERVAL INT          NOT NULL,
    EXPIRY_TIME           BIGINT       NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);
CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    BYTEA        NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID)
        REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
);
