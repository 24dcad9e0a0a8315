-- The language an account reads its notices in (issue 12): 'zh' (the default) or 'en'. Set at registration from the
-- page's language and whenever the signed-in user switches language (?lang=); a notice is worded in it when queued.
ALTER TABLE app_user ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'zh';
