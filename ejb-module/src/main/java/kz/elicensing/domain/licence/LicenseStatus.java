package kz.elicensing.domain.licence;

/** A license's state in the registry. */
public enum LicenseStatus { ISSUED, REISSUED, SUSPENDED, RESUMED, TERMINATED }
