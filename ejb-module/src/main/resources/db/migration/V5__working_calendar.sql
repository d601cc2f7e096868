-- The working calendar as data (README, "Working calendar"): per year, the dates that differ from the five-day week.
-- A year counts only once its row is in working_calendar_year; deadlines that reach a year without one are refused
-- (CALENDAR_NOT_LOADED), never guessed from weekends alone. Same script for PostgreSQL and H2 (PostgreSQL mode).

CREATE TABLE working_calendar_year (
    calendar_year INTEGER       PRIMARY KEY,
    -- where the rows come from: the holidays law, the year's government decree moving days off (or that there is none)
    note          VARCHAR(2000) NOT NULL
);

-- HOLIDAY             a public holiday of the Law "On holidays in the RK" (a day off whatever its weekday)
-- TRANSFERRED_DAY_OFF the weekday that carries the day off of a non-religious holiday that fell on a Saturday/Sunday
-- MOVED_DAY_OFF       a weekday made a day off by the government's decree moving days off
-- MOVED_WORKING_DAY   a Saturday/Sunday made a working day by that decree
CREATE TABLE working_calendar_day (
    calendar_date DATE         PRIMARY KEY,
    calendar_year INTEGER      NOT NULL REFERENCES working_calendar_year (calendar_year),
    day_kind      VARCHAR(30)  NOT NULL,
    name_ru       VARCHAR(500) NOT NULL,
    name_kz       VARCHAR(500) NOT NULL,
    CONSTRAINT working_calendar_day_kind_check
        CHECK (day_kind IN ('HOLIDAY', 'TRANSFERRED_DAY_OFF', 'MOVED_DAY_OFF', 'MOVED_WORKING_DAY')),
    CONSTRAINT working_calendar_day_year_check CHECK (EXTRACT(YEAR FROM calendar_date) = calendar_year)
);
CREATE INDEX working_calendar_day_year_idx ON working_calendar_day (calendar_year);

-- The 18:00 rule per provider (Reg. 003 §5(1)): an application received after this local time, in this zone, is
-- registered on the next working day.
ALTER TABLE provider ADD COLUMN registration_cutoff TIME DEFAULT TIME '18:00:00' NOT NULL;
ALTER TABLE provider ADD COLUMN time_zone VARCHAR(64) DEFAULT 'Asia/Almaty' NOT NULL;
