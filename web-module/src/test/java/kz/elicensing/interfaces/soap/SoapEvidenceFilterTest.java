package kz.elicensing.interfaces.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Issue 13, finding 1: a body without a Content-Length is read no further than one byte past the limit. */
class SoapEvidenceFilterTest {

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws IOException {
        assertEquals(1000, SoapEvidenceFilter.readAtMost(new ByteArrayInputStream(new byte[1000]), 1000).length);
        assertEquals(10, SoapEvidenceFilter.readAtMost(new ByteArrayInputStream(new byte[10]), 1000).length);
    }

    @Test
    void aLongerBodyIsReadOneBytePastTheLimitOnly() throws IOException {
        CountingStream endless = new CountingStream();
        byte[] read = SoapEvidenceFilter.readAtMost(endless, 100_000);
        assertEquals(100_001, read.length, "one byte past the limit says: too large");
        assertEquals(100_001, endless.served, "and no more was read");
    }

    @Test
    void aBodyTheListenerCutsAtTheLimitCountsAsTooLarge() throws IOException {
        InputStream cut = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served >= 500) {
                    throw new IOException("UT000020: Connection terminated as request was larger than 500");
                }
                served++;
                return 'x';
            }
        };
        assertEquals(501, SoapEvidenceFilter.readAtMost(cut, 500).length);
    }

    /** An endless body that counts the bytes it served. */
    private static final class CountingStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            return len;
        }
    }
}
