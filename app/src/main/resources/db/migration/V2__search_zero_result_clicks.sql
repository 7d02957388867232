-- Searches of the site that found nothing as typed: the normalised query, the centre filter, what the page offered
-- instead ("did you mean", or the corrected query whose results it showed) and whether a link on that results page
-- was followed. The id is random and only ties a followed link to its search: nothing about the person is kept.
CREATE TABLE search_zero_result (
    id      UUID         PRIMARY KEY,
    day     DATE         NOT NULL,
    query   VARCHAR(200) NOT NULL,
    centre  VARCHAR(64)  NOT NULL DEFAULT '',
    offered VARCHAR(200),
    clicked BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX search_zero_result_day ON search_zero_result (day, query);
