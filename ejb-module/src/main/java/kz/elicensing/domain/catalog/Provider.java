package kz.elicensing.domain.catalog;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import kz.elicensing.domain.workflow.RegistrationCutoff;

/** A licensing authority (услугодатель): code, BIN, names in both languages and its registration cut-off. */
public class Provider {
    private String code;
    private String bin;
    private String nameRu;
    private String nameKz;
    private LocalTime registrationCutoff;
    private String timeZone;
    private String regionCode;

    protected Provider() {}

    /** A provider with the regulations' cut-off: 18:00 Almaty time. */
    public Provider(String code, String bin, String nameRu, String nameKz) {
        this(code, bin, nameRu, nameKz, RegistrationCutoff.DEFAULT);
    }

    public Provider(String code, String bin, String nameRu, String nameKz, RegistrationCutoff cutoff) {
        this.code = code;
        this.bin = bin;
        this.nameRu = nameRu;
        this.nameKz = nameKz;
        this.registrationCutoff = cutoff.time();
        this.timeZone = cutoff.zone().getId();
    }

    public String code() {
        return code;
    }

    public String bin() {
        return bin;
    }

    public String nameRu() {
        return nameRu;
    }

    public String nameKz() {
        return nameKz;
    }
    /** The region it serves, or null for a republic-wide provider. */
    public String regionCode() {
        return regionCode;
    }

    /** After what local time, in which zone, an application counts as received the next day (18:00 Almaty by default). */
    public RegistrationCutoff registrationCutoff() {
        LocalTime time = registrationCutoff == null ? RegistrationCutoff.DEFAULT.time() : registrationCutoff;
        if (timeZone == null || timeZone.isBlank()) {
            return new RegistrationCutoff(time, RegistrationCutoff.DEFAULT.zone());
        }
        try {
            return new RegistrationCutoff(time, ZoneId.of(timeZone));
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    "provider " + code + " has an unknown time zone '" + timeZone
                            + "' (column provider.time_zone, e.g. Asia/Almaty)",
                    e);
        }
    }
}
