package kz.elicensing.infrastructure.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import kz.elicensing.domain.application.LicenseApplication;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;

/**
 * Keeps {@code sla_rollup} (V200) exact without a lock: whenever EclipseLink writes an application whose decided
 * contribution changed (inserted decided, decided, or a decided one deleted), the change of each of its days goes as a
 * new row into the append-only {@code sla_delta}, in the same transaction and on the same connection as the
 * application's own row; {@link JdbcSlaFold} adds the rows into the rollup later. No row another decision writes is
 * touched, so concurrent decisions never wait for each other here. Every writer of the fields the SLA reads (provider,
 * service, registration day, deadline, decision day) goes through the mapping: no SQL writes them.
 */
public final class SlaRollupListener extends DescriptorEventAdapter {
    /** The attributes of LicenseApplication the rollup depends on. */
    private static final List<String> READ =
            List.of("providerCode", "serviceCode", "registeredOn", "deadline", "decidedOn");

    private static final String INSERT_DELTA = "INSERT INTO sla_delta (provider_code, service_code, on_day, decided,"
            + " on_time, span_ends, span_starts) VALUES (#P, #S, #D, #N, #T, #E, #B)";

    @Override
    public void postInsert(DescriptorEvent event) {
        LicenseApplication a = (LicenseApplication) event.getObject();
        move(event.getSession(), null, Sla.of(a));
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        // the update query's change set (the event's own is set for aboutToUpdate only): each changed attribute's old
        // value
        ObjectChangeSet changes = event.getQuery() instanceof ObjectLevelModifyQuery update
                ? update.getObjectChangeSet()
                : event.getChangeSet();
        if (changes == null || READ.stream().allMatch(name -> changes.getChangesForAttributeNamed(name) == null)) {
            return;
        }
        LicenseApplication a = (LicenseApplication) event.getObject();
        Sla before = new Sla(
                (String) old(changes, "providerCode", a.providerCode()),
                (String) old(changes, "serviceCode", a.serviceCode()),
                (LocalDate) old(changes, "registeredOn", a.registeredOn()),
                (LocalDate) old(changes, "deadline", a.deadline()),
                (LocalDate) old(changes, "decidedOn", a.decidedOn()));
        move(event.getSession(), before, Sla.of(a));
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        move(event.getSession(), Sla.of((LicenseApplication) event.getObject()), null);
    }

    private static Object old(ObjectChangeSet changes, String attribute, Object current) {
        ChangeRecord change = changes.getChangesForAttributeNamed(attribute);
        return change instanceof DirectToFieldChangeRecord direct ? direct.getOldValue() : current;
    }

    /** Takes {@code before}'s contribution off and adds {@code after}'s: a delta row per day whose counts change. */
    private static void move(AbstractSession session, Sla before, Sla after) {
        if (Objects.equals(before, after)) {
            return;
        }
        Map<List<Object>, int[]> rows = new TreeMap<>(SlaRollupListener::compareKeys);
        if (before != null) {
            before.addTo(rows, -1);
        }
        if (after != null) {
            after.addTo(rows, 1);
        }
        for (Map.Entry<List<Object>, int[]> row : rows.entrySet()) {
            int[] v = row.getValue();
            if (v[0] == 0 && v[1] == 0 && v[2] == 0 && v[3] == 0) {
                continue;
            }
            DataModifyQuery insert = new DataModifyQuery(new SQLCall(INSERT_DELTA));
            for (String argument : List.of("P", "S", "D", "N", "T", "E", "B")) {
                insert.addArgument(argument);
            }
            insert.setShouldBindAllParameters(true);
            List<Object> key = row.getKey();
            List<Object> values =
                    new ArrayList<>(List.of(key.get(0), key.get(1), Date.valueOf((LocalDate) key.get(2))));
            for (int x : v) {
                values.add(x);
            }
            session.executeQuery(insert, values);
        }
    }

    /** Orders rollup keys (provider, service, day) column by column: rows are written in this order. */
    static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            @SuppressWarnings("unchecked")
            int c = ((Comparable<Object>) a.get(i)).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** What one application adds to the rollup: nothing unless decided (the open ones are counted where they are). */
    private record Sla(
            String provider, String service, LocalDate registeredOn, LocalDate deadline, LocalDate decidedOn) {
        static Sla of(LicenseApplication a) {
            return new Sla(a.providerCode(), a.serviceCode(), a.registeredOn(), a.deadline(), a.decidedOn());
        }

        /** Adds {@code sign} times this application's counts to the rows by (provider, service, day). */
        void addTo(Map<List<Object>, int[]> rows, int sign) {
            if (decidedOn == null) {
                return;
            }
            boolean spans = !registeredOn.isAfter(decidedOn);
            int[] decided = rows.computeIfAbsent(List.of(provider, service, decidedOn), k -> new int[4]);
            decided[0] += sign;
            decided[1] += deadline != null && !decidedOn.isAfter(deadline) ? sign : 0;
            decided[2] += spans ? sign : 0;
            if (spans) {
                rows.computeIfAbsent(List.of(provider, service, registeredOn), k -> new int[4])[3] += sign;
            }
        }
    }
}
