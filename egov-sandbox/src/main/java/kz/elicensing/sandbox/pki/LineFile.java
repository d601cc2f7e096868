package kz.elicensing.sandbox.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An append-only text file of records, one per line (each appended in a single write, so other processes such as
 * the CLI may append concurrently), re-read only when its size or modification time changed.
 */
final class LineFile {

    private final Path file;
    private long seenSize = -1;
    private FileTime seenTime;

    LineFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** Appends one line (without its line break). */
    synchronized void append(String line) {
        if (line.contains("\n") || line.contains("\r")) {
            throw new IllegalArgumentException("a record must be one line");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(
                    file,
                    (line + "\n").getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot append to " + file, e);
        }
    }

    /**
     * The complete lines (without blank lines and {@code #} comments) if the file changed since the last call
     * (a missing file counts as empty), or null if it did not.
     */
    synchronized List<String> readIfChanged() {
        long size;
        FileTime time;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            size = a.size();
            time = a.lastModifiedTime();
        } catch (NoSuchFileException e) {
            size = -2;
            time = null;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        if (size == seenSize && Objects.equals(time, seenTime)) {
            return null;
        }
        String text;
        try {
            text = size == -2 ? "" : Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            text = "";
            size = -2;
            time = null;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        boolean complete = text.isEmpty() || text.endsWith("\n");
        String[] raw = text.split("\r?\n", -1);
        List<String> lines = new ArrayList<>();
        int last = complete ? raw.length : raw.length - 1;
        for (int i = 0; i < last; i++) {
            String l = raw[i].trim();
            if (!l.isEmpty() && !l.startsWith("#")) {
                lines.add(l);
            }
        }
        // a line still being written: read the file again next time
        seenSize = complete ? size : -1;
        seenTime = time;
        return lines;
    }
}
