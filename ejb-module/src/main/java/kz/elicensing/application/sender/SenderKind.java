package kz.elicensing.application.sender;

/** What a sending system is: an ordinary integration, or a court's or authority's system that decides on any license. */
public enum SenderKind {
    /** An integration (portal, payment gateway, a provider's office system): sees what it sent and its providers' data. */
    SYSTEM,
    /** A court's or supervising authority's system: may also send decisions (ELICENSE_ChangeLicense) on any license. */
    AUTHORITY
}
