package kz.elicensing.application.verify;

/** The public check of a license and its printout: no sign-in, rate-limited per address. */
public interface PublicVerification {

    /**
     * The license's public view; {@code printoutHash} (hex SHA-256 from a printout's QR code) may be null.
     * LICENSE_NOT_FOUND for an unknown or malformed number, RATE_LIMITED when {@code address} asked too often.
     */
    PublicLicense verify(String licenseNumber, String printoutHash, String address);
}
