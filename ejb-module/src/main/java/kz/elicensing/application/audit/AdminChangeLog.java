package kz.elicensing.application.audit;

import java.util.List;

/**
 * The log of administrative changes (table {@code admin_change}): a use case that changes senders, the catalog,
 * officers or the calendar records what it did in the same transaction, so a change and its record commit together.
 */
public interface AdminChangeLog {

    /** Records a change by {@code actor} (the signed-in administrator's login); {@code detail} is cut to 2,000 chars. */
    void record(String actor, AdminArea area, String subject, String action, String detail);

    /** The newest changes first, at most {@code limit}; {@code area} null for every area, {@code subject} null for any. */
    List<AdminChange> recent(AdminArea area, String subject, int limit);
}
