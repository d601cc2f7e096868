package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stored form of large bytes: Cyrillic XML shrinks and comes back whole; small, random or marked bytes too. */
class StoredBytesTest {

    @Test
    void cyrillicXmlIsDeflatedAndComesBackWhole() {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><заявление>"
                        + "<сотрудник><фамилия>СӘРСЕНБАЕВ</фамилия><аты>НҰРЛАН</аты><мекенжай>Қазақстан, Алматы қ., Абай"
                                .repeat(1)
                        + " даңғылы, 1</мекенжай></сотрудник>".repeat(1))
                .repeat(60)
                .concat("</заявление>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] stored = StoredBytes.pack(xml);
        assertTrue(stored.length * 5 < xml.length, stored.length + " bytes stored for " + xml.length);
        assertArrayEquals(xml, StoredBytes.unpack(stored));
    }

    @Test
    void smallAndIncompressibleBytesAreKeptAsTheyAre() {
        byte[] small = "<ok/>".getBytes(StandardCharsets.UTF_8);
        assertSame(small, StoredBytes.pack(small));
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        random[0] = '<';
        assertSame(random, StoredBytes.pack(random));
        assertSame(random, StoredBytes.unpack(random));
    }

    @Test
    void rawBytesThatLookPackedArePackedSoTheyReadBackTheSame() {
        byte[] tricky = {0, 'E', 'L', 'Z', 0, 0, 0, 1, 42};
        byte[] stored = StoredBytes.pack(tricky);
        assertNotEquals(tricky.length, stored.length);
        assertArrayEquals(tricky, StoredBytes.unpack(stored));
    }

    @Test
    void cutPackedBytesAreRefused() {
        byte[] stored = StoredBytes.pack("Қазақстан ".repeat(100).getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(stored, stored.length - 5);
        assertThrows(IllegalStateException.class, () -> StoredBytes.unpack(cut));
    }
}
