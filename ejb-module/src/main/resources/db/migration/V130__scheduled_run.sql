-- Issue 16 item 5 (two nodes): a row per run of a cluster-wide scheduled job (DeadlineTimer, once a minute), naming the
-- period it ran for and the node that ran it. WildFly's database timer store gives each run to one node; these rows
-- show it (ClusterIT counts them: one per period) and are deleted after the idempotency retention (LedgerPurge).
CREATE TABLE scheduled_run (
    job          VARCHAR(60)  NOT NULL,
    period_start TIMESTAMP WITH TIME ZONE NOT NULL,
    node         VARCHAR(100) NOT NULL,
    ran_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX scheduled_run_job_period_idx ON scheduled_run (job, period_start);
