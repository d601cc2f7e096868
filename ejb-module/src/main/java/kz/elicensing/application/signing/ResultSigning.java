package kz.elicensing.application.signing;

import kz.elicensing.application.decision.IssuedResult;

/**
 * The signature of anything prepared for the licensor's authorized person ({@code POST
 * /api/officer/results/{token}/signature}): an application's result is issued, the head's registry act applied.
 */
public interface ResultSigning {

    /** Issues or applies what {@code token} prepared once {@code signedXml} passes its checks (RESULT_* otherwise). */
    IssuedResult sign(String token, byte[] signedXml, String officer);
}
