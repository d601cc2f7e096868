package kz.elicensing.application.query;

import java.util.Optional;

/** Port: reads a stored application document and its validation report back for the officer's case view. */
public interface FiledDocuments {

    /** The portal's signed Application or the walk-in record, as filed. */
    FiledDocument read(byte[] stored);

    /** The validation report kept at intake, in words; empty when there is none or it cannot be read. */
    Optional<FiledDocument.Report> report(String validationReportXml);
}
