-- The working calendars of 2026 and 2027 (schema: V5__working_calendar.sql; README, "Working calendar").
--
-- Holidays: Law of the RK "On holidays in the Republic of Kazakhstan" - 1-2 January New Year, 7 January Orthodox
-- Christmas, 8 March, 21-23 March Nauryz, 1 May, 7 May, 9 May, 6 July, 30 August, 25 October, 16 December, and the
-- first day of Kurban Ait (2026: 27 May, Wednesday; 2027: 16 May, Sunday).
-- Transfers: a holiday on a Saturday or Sunday carries its day off to the next working day after it (in date order,
-- skipping holidays and days already carried); not so for the religious holidays, 7 January and Kurban Ait.
-- Every row below equals kz.elicensing.domain.workflow.StatutoryCalendar for its year (WorkingCalendarSeedTest checks
-- it, and the weekday comments were produced with java.time): 2026 - 8 March (Sun) -> 9 March, 21/22 March (Sat/Sun)
-- -> 24/25 March, 9 May (Sat) -> 11 May, 30 August (Sun) -> 31 August, 25 October (Sun) -> 26 October;
-- 2027 - 2 January (Sat) -> 4 January, 21 March (Sun) -> 24 March, 1 May (Sat) -> 3 May, 9 May (Sun) -> 10 May,
-- Kurban Ait on Sunday 16 May carries nothing.
--
-- Government moves of days off (MOVED_DAY_OFF / MOVED_WORKING_DAY): NONE are seeded for 2026 or 2027. Neither
-- domain.md nor the regulations this system is built from (shared/seeds) name a government decree moving days off for
-- these years. When the year's decree is adopted, an admin adds its pair of rows, e.g.
--   INSERT INTO working_calendar_day (calendar_date, calendar_year, day_kind, name_ru, name_kz) VALUES
--     (DATE '2027-xx-xx', 2027, 'MOVED_DAY_OFF', '...', '...'), (DATE '2027-yy-yy', 2027, 'MOVED_WORKING_DAY', '...', '...');

-- 2026
INSERT INTO working_calendar_year (calendar_year, note) VALUES
    (2026, 'Law "On holidays in the RK"; Kurban Ait 2026-05-27; no government decree moving days off entered (none in the seeds)');
INSERT INTO working_calendar_day (calendar_date, calendar_year, day_kind, name_ru, name_kz) VALUES
    (DATE '2026-01-01', 2026, 'HOLIDAY', 'Новый год', 'Жаңа жыл'),  -- Thursday
    (DATE '2026-01-02', 2026, 'HOLIDAY', 'Новый год', 'Жаңа жыл'),  -- Friday
    (DATE '2026-01-07', 2026, 'HOLIDAY', 'Православное Рождество', 'Православиелік Рождество'),  -- Wednesday
    (DATE '2026-03-08', 2026, 'HOLIDAY', 'Международный женский день', 'Халықаралық әйелдер күні'),  -- Sunday
    (DATE '2026-03-09', 2026, 'TRANSFERRED_DAY_OFF', 'Выходной день, перенесённый с 08.03.2026 (Международный женский день)', '08.03.2026 күнінен ауыстырылған демалыс күні (Халықаралық әйелдер күні)'),  -- Monday
    (DATE '2026-03-21', 2026, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),  -- Saturday
    (DATE '2026-03-22', 2026, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),  -- Sunday
    (DATE '2026-03-23', 2026, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),  -- Monday
    (DATE '2026-03-24', 2026, 'TRANSFERRED_DAY_OFF', 'Выходной день, перенесённый с 21.03.2026 (Наурыз мейрамы)', '21.03.2026 күнінен ауыстырылған демалыс күні (Наурыз мейрамы)'),  -- Tuesday
    (DATE '2026-03-25', 2026, 'TRANSFERRED_DAY_OFF', 'Выходной день, перенесённый с 22.03.2026 (Наурыз мейрамы)', '22.03.2026 күнінен ауыстырылған демалыс күні (Наурыз мейрамы)'),  -- Wednesday
    (DATE '2026-05-01', 2026, 'HOLIDAY', 'Праздник единства народа Казахстана', 'Қазақстан халқының бірлігі мерекесі'),  -- Friday
    (DATE '2026-05-07', 2026, 'HOLIDAY', 'День защитника Отечества', 'Отан қорғаушы күні'),  -- Thursday
    (DATE '2026-05-09', 2026, 'HOLIDAY', 'День Победы', 'Жеңіс күні'),  -- Saturday
    (DATE '2026-05-11', 2026, 'TRANSFERRED_DAY_OFF', 'Выходной день, перенесённый с 09.05.2026 (День Победы)', '09.05.2026 күнінен ауыстырылған демалыс күні (Жеңіс күні)'),  -- Monday
    (DATE '2026-05-27', 2026, 'HOLIDAY', 'Курбан айт (первый день)', 'Құрбан айт (бірінші күні)'),  -- Wednesday
    (DATE '2026-07-06', 2026, 'HOLIDAY', 'День Столицы', 'Астана күні'),  -- Monday
    (DATE '2026-08-30', 2026, 'HOLIDAY', 'День Конституции Республики Казахстан', 'Қазақстан Республикасының Конституциясы күні'),  -- Sunday
    (DATE '2026-08-31', 2026, 'TRANSFERRED_DAY_OFF', 'Выходной день, перенесённый с 30.08.2026 (День Конституции Республики Казахстан)', '30.08.2026 күнінен ауыстырылған демалыс күні (Қазақстан Республикасының Конституциясы күні)'),  -- Monday
    (DATE '2026-10-25', 2026, 'HOLIDAY', 'День Республики', 'Республика күні'),  -- Sunday
    (DATE '2026-10-26', 2026, 'TRANSFERRED_DAY_OFF', 'Выходной день, перенесённый с 25.10.2026 (День Республики)', '25.10.2026 күнінен ауыстырылған демалыс күні (Республика күні)'),  -- Monday
    (DATE '2026-12-16', 2026, 'HOLIDAY', 'День Независимости', 'Тәуелсіздік күні');  -- Wednesday

-- 2027
INSERT INTO working_calendar_year (calendar_year, note) VALUES
    (2027, 'Law "On holidays in the RK"; Kurban Ait 2027-05-16; no government decree moving days off entered (none in the seeds)');
INSERT INTO working_calendar_day (calendar_date, calendar_year, day_kind, name_ru, name_kz) VALUES
    (DATE '2027-01-01', 2027, 'HOLIDAY', 'Новый год', 'Жаңа жыл'),  -- Friday
    (DATE '2027-01-02', 2027, 'HOLIDAY', 'Новый год', 'Жаңа жыл'),  -- Saturday
    (DATE '2027-01-04', 2027, 'TRANSFERRED_DAY_OFF', 'Выходной день, перенесённый с 02.01.2027 (Новый год)', '02.01.2027 күнінен ауыстырылған демалыс күні (Жаңа жыл)'),  -- Monday
    (DATE '2027-01-07', 2027, 'HOLIDAY', 'Православное Рождество', 'Православиелік Рождество'),  -- Thursday
    (DATE '2027-03-08', 2027, 'HOLIDAY', 'Международный женский день', 'Халықаралық әйелдер күні'),  -- Monday
    (DATE '2027-03-21', 2027, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),  -- Sunday
    (DATE '2027-03-22', 2027, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),  -- Monday
    (DATE '2027-03-23', 2027, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),  -- Tuesday
    (DATE '2027-03-24', 2027, 'TRANSFERRED_DAY_OFF', 'Выходной день, перенесённый с 21.03.2027 (Наурыз мейрамы)', '21.03.2027 күнінен ауыстырылған демалыс күні (Наурыз мейрамы)'),  -- Wednesday
    (DATE '2027-05-01', 2027, 'HOLIDAY', 'Праздник единства народа Казахстана', 'Қазақстан халқының бірлігі мерекесі'),  -- Saturday
    (DATE '2027-05-03', 2027, 'TRANSFERRED_DAY_OFF', 'Выходной день, перенесённый с 01.05.2027 (Праздник единства народа Казахстана)', '01.05.2027 күнінен ауыстырылған демалыс күні (Қазақстан халқының бірлігі мерекесі)'),  -- Monday
    (DATE '2027-05-07', 2027, 'HOLIDAY', 'День защитника Отечества', 'Отан қорғаушы күні'),  -- Friday
    (DATE '2027-05-09', 2027, 'HOLIDAY', 'День Победы', 'Жеңіс күні'),  -- Sunday
    (DATE '2027-05-10', 2027, 'TRANSFERRED_DAY_OFF', 'Выходной день, перенесённый с 09.05.2027 (День Победы)', '09.05.2027 күнінен ауыстырылған демалыс күні (Жеңіс күні)'),  -- Monday
    (DATE '2027-05-16', 2027, 'HOLIDAY', 'Курбан айт (первый день)', 'Құрбан айт (бірінші күні)'),  -- Sunday
    (DATE '2027-07-06', 2027, 'HOLIDAY', 'День Столицы', 'Астана күні'),  -- Tuesday
    (DATE '2027-08-30', 2027, 'HOLIDAY', 'День Конституции Республики Казахстан', 'Қазақстан Республикасының Конституциясы күні'),  -- Monday
    (DATE '2027-10-25', 2027, 'HOLIDAY', 'День Республики', 'Республика күні'),  -- Monday
    (DATE '2027-12-16', 2027, 'HOLIDAY', 'День Независимости', 'Тәуелсіздік күні');  -- Thursday
