package kz.elicensing.application;

import java.util.Optional;

/** The provider's officers: which provider an officer works for. */
public interface OfficerDirectory {

    /** The provider code of the officer with this login, if there is one. */
    Optional<String> providerOf(String username);
}
