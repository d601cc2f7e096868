package kz.elicensing.application.query;

/**
 * The officer's workbench reads: the worklist of the officer's provider (what the officer may see: the head every
 * application, an officer the unassigned and their own), one case with everything of it, its files and its result.
 * A case the officer may not see is APPLICATION_NOT_FOUND, like one that does not exist.
 */
public interface OfficerCases {

    /** Rows {@code offset}..{@code offset+limit} (limit at most 200) of the filtered, sorted worklist. */
    WorklistPage worklist(String officer, WorklistFilter filter, int offset, int limit);

    /**
     * The {@code limit} rows after the page whose {@link WorklistPage#next()} is {@code after} (the first page when
     * null): keyset pagination, as fast on the thousandth page as on the first; SCHEMA_VIOLATION for a token that is
     * not a cursor of this sort.
     */
    WorklistPage worklistAfter(String officer, WorklistFilter filter, String after, int limit);

    /** One case, everything of it. */
    CaseFile caseFile(String applicationNumber, String officer);

    /** One file of the case by its id in {@link CaseFile#files()}. */
    FileContent file(String applicationNumber, String fileId, String officer);

    /** The signed result with its printable PDF in {@code language} (RESULT_NOT_READY before there is one). */
    PrintedResult result(String applicationNumber, String officer, String language);

    /** The catalog's services (code and titles), for the worklist's service filter. */
    java.util.List<CaseFile.Labelled> services();
}
