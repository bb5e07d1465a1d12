package io.lanmu.item;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Stores tags one per line: tags are short words and never contain a line break.
 */
@Converter
class TagsConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> tags) {
        return tags == null || tags.isEmpty() ? null : String.join("\n", tags);
    }

    @Override
    public List<String> convertToEntityAttribute(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
    }
}
