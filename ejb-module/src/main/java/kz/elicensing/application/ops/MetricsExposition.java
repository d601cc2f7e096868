package kz.elicensing.application.ops;

import java.io.IOException;
import java.io.OutputStream;

/** Port: the current metrics as a scrape page (Prometheus text format, written by infrastructure). */
public interface MetricsExposition {

    /** The page's media type, for the Content-Type header. */
    String contentType();

    /** Writes every metric, as of now, to {@code out}. */
    void write(OutputStream out) throws IOException;
}
