package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a large document column (an application's signed form, a signed result or license) in its packed form
 * ({@link StoredBytes}); reads packed and older raw values alike.
 */
@Converter
public class PackedBytesConverter implements AttributeConverter<byte[], byte[]> {

    @Override
    public byte[] convertToDatabaseColumn(byte[] attribute) {
        return StoredBytes.pack(attribute);
    }

    @Override
    public byte[] convertToEntityAttribute(byte[] dbData) {
        return StoredBytes.unpack(dbData);
    }
}
