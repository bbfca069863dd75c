-- Failed sign-ins per account and source and per source (LoginThrottle's keys), shared by every
-- server of one database, so that guesses spread over servers count together.
CREATE TABLE sign_in_failure (
    throttle_key VARCHAR(200)             NOT NULL PRIMARY KEY,
    failures     INT                      NOT NULL,
    last_failure TIMESTAMP WITH TIME ZONE NOT NULL
);
