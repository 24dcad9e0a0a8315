-- Working-day calendar (工作日历), REFERENCE.md §6.
-- Only non-ordinary dates are stored: an ordinary Monday–Friday is a working day, an ordinary Saturday or Sunday
-- is not. A year is "loaded" when it has a row in work_calendar_year; arithmetic that needs a year without one
-- fails naming that year (never a guess). An admin loads next year's schedule with PUT /api/v1/calendar/{year}.

CREATE TABLE work_calendar_year (
    cal_year   INT          NOT NULL,
    -- the State Council notice the schedule comes from
    source     VARCHAR(255) NOT NULL,
    loaded_at  DATETIME(3)  NOT NULL,
    loaded_by  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (cal_year)
);

CREATE TABLE work_calendar_day (
    cal_date   DATE         NOT NULL,
    cal_year   INT          NOT NULL,
    -- STATUTORY_HOLIDAY 法定节假日 (any weekday), ADJUSTED_REST 调休 rest day (Mon–Fri),
    -- ADJUSTED_WORKDAY a Saturday or Sunday that is worked (调休上班)
    kind       VARCHAR(20)  NOT NULL,
    -- the holiday the date belongs to, e.g. 春节
    name       VARCHAR(32)  NULL,
    PRIMARY KEY (cal_date),
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (cal_year) REFERENCES work_calendar_year (cal_year),
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('STATUTORY_HOLIDAY', 'ADJUSTED_REST', 'ADJUSTED_WORKDAY'))
);
CREATE INDEX ix_calendar_day_year ON work_calendar_day (cal_year, cal_date);

INSERT INTO work_calendar_year (cal_year, source, loaded_at, loaded_by) VALUES
 (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）', '2026-11-28 00:00:00', 'V10 migration'),
 (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）', '2026-11-28 00:00:00', 'V10 migration');

-- 2025: 13 statutory days; 248 working days.
INSERT INTO work_calendar_day (cal_date, cal_year, kind, name) VALUES
 ('2025-01-01', 2025, 'STATUTORY_HOLIDAY', '元旦'),
 ('2025-01-26', 2025, 'ADJUSTED_WORKDAY',  '春节'),
 ('2025-01-28', 2025, 'STATUTORY_HOLIDAY', '春节'),
 ('2025-01-29', 2025, 'STATUTORY_HOLIDAY', '春节'),
 ('2025-01-30', 2025, 'STATUTORY_HOLIDAY', '春节'),
 ('2025-01-31', 2025, 'STATUTORY_HOLIDAY', '春节'),
 ('2025-02-03', 2025, 'ADJUSTED_REST',     '春节'),
 ('2025-02-04', 2025, 'ADJUSTED_REST',     '春节'),
 ('2025-02-08', 2025, 'ADJUSTED_WORKDAY',  '春节'),
 ('2025-04-04', 2025, 'STATUTORY_HOLIDAY', '清明节'),
 ('2025-04-27', 2025, 'ADJUSTED_WORKDAY',  '劳动节'),
 ('2025-05-01', 2025, 'STATUTORY_HOLIDAY', '劳动节'),
 ('2025-05-02', 2025, 'STATUTORY_HOLIDAY', '劳动节'),
 ('2025-05-05', 2025, 'ADJUSTED_REST',     '劳动节'),
 ('2025-05-31', 2025, 'STATUTORY_HOLIDAY', '端午节'),
 ('2025-06-02', 2025, 'ADJUSTED_REST',     '端午节'),
 ('2025-09-28', 2025, 'ADJUSTED_WORKDAY',  '国庆节、中秋节'),
 ('2025-10-01', 2025, 'STATUTORY_HOLIDAY', '国庆节'),
 ('2025-10-02', 2025, 'STATUTORY_HOLIDAY', '国庆节'),
 ('2025-10-03', 2025, 'STATUTORY_HOLIDAY', '国庆节'),
 ('2025-10-06', 2025, 'STATUTORY_HOLIDAY', '中秋节'),
 ('2025-10-07', 2025, 'ADJUSTED_REST',     '国庆节、中秋节'),
 ('2025-10-08', 2025, 'ADJUSTED_REST',     '国庆节、中秋节'),
 ('2025-10-11', 2025, 'ADJUSTED_WORKDAY',  '国庆节、中秋节');

-- 2026: 13 statutory days; 248 working days.
INSERT INTO work_calendar_day (cal_date, cal_year, kind, name) VALUES
 ('2026-01-01', 2026, 'STATUTORY_HOLIDAY', '元旦'),
 ('2026-01-02', 2026, 'ADJUSTED_REST',     '元旦'),
 ('2026-01-04', 2026, 'ADJUSTED_WORKDAY',  '元旦'),
 ('2026-02-14', 2026, 'ADJUSTED_WORKDAY',  '春节'),
 ('2026-02-16', 2026, 'STATUTORY_HOLIDAY', '春节'),
 ('2026-02-17', 2026, 'STATUTORY_HOLIDAY', '春节'),
 ('2026-02-18', 2026, 'STATUTORY_HOLIDAY', '春节'),
 ('2026-02-19', 2026, 'STATUTORY_HOLIDAY', '春节'),
 ('2026-02-20', 2026, 'ADJUSTED_REST',     '春节'),
 ('2026-02-23', 2026, 'ADJUSTED_REST',     '春节'),
 ('2026-02-28', 2026, 'ADJUSTED_WORKDAY',  '春节'),
 ('2026-04-05', 2026, 'STATUTORY_HOLIDAY', '清明节'),
 ('2026-04-06', 2026, 'ADJUSTED_REST',     '清明节'),
 ('2026-05-01', 2026, 'STATUTORY_HOLIDAY', '劳动节'),
 ('2026-05-02', 2026, 'STATUTORY_HOLIDAY', '劳动节'),
 ('2026-05-04', 2026, 'ADJUSTED_REST',     '劳动节'),
 ('2026-05-05', 2026, 'ADJUSTED_REST',     '劳动节'),
 ('2026-05-09', 2026, 'ADJUSTED_WORKDAY',  '劳动节'),
 ('2026-06-19', 2026, 'STATUTORY_HOLIDAY', '端午节'),
 ('2026-09-20', 2026, 'ADJUSTED_WORKDAY',  '国庆节'),
 ('2026-09-25', 2026, 'STATUTORY_HOLIDAY', '中秋节'),
 ('2026-10-01', 2026, 'STATUTORY_HOLIDAY', '国庆节'),
 ('2026-10-02', 2026, 'STATUTORY_HOLIDAY', '国庆节'),
 ('2026-10-03', 2026, 'STATUTORY_HOLIDAY', '国庆节'),
 ('2026-10-05', 2026, 'ADJUSTED_REST',     '国庆节'),
 ('2026-10-06', 2026, 'ADJUSTED_REST',     '国庆节'),
 ('2026-10-07', 2026, 'ADJUSTED_REST',     '国庆节'),
 ('2026-10-10', 2026, 'ADJUSTED_WORKDAY',  '国庆节');
