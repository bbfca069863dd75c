-- Spring Modulith's event publication registry: an event between modules (an import's
-- AssessmentDataImported, for one) is stored with the transaction that publishes it and stays
-- until its listener completes; one whose listener failed stays, to be resubmitted and to be seen.
-- The serialized event has no length limit: a national import names thousands of counties.
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);

CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
