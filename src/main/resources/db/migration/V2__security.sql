CREATE TABLE app_user (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(30)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
