-- The deadline timer's scan (every minute, JpaApplicationRepository.deadlineMarkCandidates): the open applications
-- whose mark changes, in id order, 200 at a time. Without it PostgreSQL walked the primary key through every
-- application ever received (4.7 s on a year of 1,000,000); the open ones alone (about 40,000 there) take ~27 ms.
CREATE INDEX application_open_id_idx ON application (id)
    WHERE status IN ('REGISTERED', 'CHECKING', 'CHECK_FAILED', 'IN_REVIEW');
