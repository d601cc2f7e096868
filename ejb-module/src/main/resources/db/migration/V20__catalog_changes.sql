-- Every change an administrator makes to the catalog (README "Catalog"): who, when, what. Append-only by use.
CREATE SEQUENCE catalog_change_seq START WITH 1;
CREATE TABLE catalog_change (
    id         BIGINT        PRIMARY KEY,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by VARCHAR(100)  NOT NULL,
    action     VARCHAR(40)   NOT NULL,
    detail     VARCHAR(4000) NOT NULL
);
