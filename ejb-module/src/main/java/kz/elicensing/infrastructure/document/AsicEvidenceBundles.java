package kz.elicensing.infrastructure.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.elicensing.domain.evidence.EvidenceBundles;
import kz.elicensing.domain.evidence.EvidenceEntry;
import kz.elicensing.infrastructure.signature.DetachedSigner;
import kz.elicensing.infrastructure.signature.SigningCredential;
import kz.elicensing.infrastructure.signature.SigningKeys;

/** Writes an application's evidence as an ASiC-E container signed with E-licensing's system key. */
@ApplicationScoped
public class AsicEvidenceBundles implements EvidenceBundles {
    /** The container's media type, the content of its first file {@code mimetype}. */
    public static final String MEDIA_TYPE = "application/vnd.etsi.asic-e+zip";

    static final String SIGNATURES = "META-INF/signatures.xml";
    /** Data files per signature: with the index and the manifest, 30 references, what secure validation allows. */
    static final int FILES_PER_SIGNATURE = 28;

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    @Override
    public byte[] bundle(String applicationNumber, List<EvidenceEntry> entries) {
        return write(applicationNumber, entries, keys.system(), clock.instant());
    }

    /**
     * The container: {@code mimetype} first and stored; each entry's bytes as a file; {@code evidence.xml} (the index);
     * {@code META-INF/manifest.xml}; {@code META-INF/signatures.xml} by {@code signer}, referencing every other file.
     */
    static byte[] write(
            String applicationNumber, List<EvidenceEntry> entries, SigningCredential signer, Instant createdAt) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> dataFiles = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String name = EvidenceFiles.fileName(i + 1, entries.get(i));
            dataFiles.add(name);
            files.put(name, entries.get(i).record().content());
        }
        files.put(
                EvidenceFiles.INDEX, EvidenceFiles.index(applicationNumber, createdAt.toString(), dataFiles, entries));
        List<String> listed = new ArrayList<>(files.keySet());
        files.put(EvidenceFiles.MANIFEST, EvidenceFiles.manifest(MEDIA_TYPE, listed));
        files.put(SIGNATURES, DetachedSigner.signatures(files, groups(dataFiles), signer));
        return zip(files, createdAt);
    }

    /** Every signature covers the index and the manifest, and at most {@link #FILES_PER_SIGNATURE} data files. */
    static List<List<String>> groups(List<String> dataFiles) {
        List<List<String>> groups = new ArrayList<>();
        int i = 0;
        do {
            List<String> group = new ArrayList<>(List.of(EvidenceFiles.INDEX, EvidenceFiles.MANIFEST));
            group.addAll(dataFiles.subList(i, Math.min(dataFiles.size(), i + FILES_PER_SIGNATURE)));
            groups.add(group);
            i += FILES_PER_SIGNATURE;
        } while (i < dataFiles.size());
        return groups;
    }

    private static byte[] zip(Map<String, byte[]> files, Instant createdAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            byte[] mimetype = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            first.setTime(createdAt.toEpochMilli());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(createdAt.toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evidence bundle", e);
        }
        return out.toByteArray();
    }
}
