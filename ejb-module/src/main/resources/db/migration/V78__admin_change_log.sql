-- Issue 14 item 7: every administrative change (senders, catalog, officers, calendar) with who and when, read in the
-- workbench's "Журнал изменений" / "Өзгерістер журналы" and GET /api/admin/changes. Written by JpaAdminChangeLog in the
-- transaction of the change itself (a change and its record commit together).
CREATE SEQUENCE admin_change_seq START WITH 1;
CREATE TABLE admin_change (
    id          BIGINT        PRIMARY KEY,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    area        VARCHAR(20)   NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    detail      VARCHAR(2000),
    CONSTRAINT admin_change_area CHECK (area IN ('SENDER', 'CATALOG', 'OFFICER', 'CALENDAR', 'AUTHORIZED_PERSON'))
);
CREATE INDEX admin_change_at ON admin_change (changed_at, id);
CREATE INDEX admin_change_area_subject ON admin_change (area, subject);
