package kz.elicensing.domain.licence;

import kz.elicensing.domain.catalog.Provider;

/** Port: builds the unsigned document of the head's registry act (urn:kz:elicensing:v1 LicenseAct) to be signed. */
public interface LicenseActDocuments {

    /**
     * The act {@code action} on {@code license} as {@code change} describes it (basis, reason, decision, the preparing
     * head as actor, prepared at), with the reason in Kazakh when given, issued by {@code licensor}.
     */
    byte[] act(License license, LicenseAction action, LicenseChange change, String reasonKz, Provider licensor);
}
