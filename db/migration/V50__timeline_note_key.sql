-- A timeline note FFW composes is kept as a message key and its arguments too (JSON: a person's text as it is,
-- dates as ISO, codes as codes), so that the pages word it in the reader's language. note keeps the Chinese text;
-- both new columns stay empty for a person's own words and for the entries written before.
ALTER TABLE case_event ADD COLUMN note_key VARCHAR(120) NULL;
ALTER TABLE case_event ADD COLUMN note_args TEXT NULL;
