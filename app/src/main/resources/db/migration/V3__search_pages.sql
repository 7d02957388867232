-- Every first results page of a site search with words is now kept, not only those that found nothing as typed, so
-- staff can also see searches that found entries but where no result was followed. found: entries found as typed
-- (0 for every row kept before, as only searches that found nothing were kept).
ALTER TABLE search_zero_result RENAME TO search_page;
ALTER INDEX search_zero_result_day RENAME TO search_page_day;
ALTER TABLE search_page ADD COLUMN found INTEGER NOT NULL DEFAULT 0;
