package io.lanmu.search.query;

import java.util.List;
import java.util.stream.Stream;

/**
 * Words that mean the same to a visitor: a term and what else it is written as (个税: 个人所得税). A term without
 * alternatives is a word of its own (a local place or programme name): it is searched as written, never cut apart.
 *
 * @param source where the equivalence comes from: the official full term and where it is used, or who added it
 */
public record Synonym(String term, List<String> alternatives, String source) {

    public Synonym {
        String normalized = TextNormalizer.normalize(term).strip();
        term = normalized;
        alternatives = alternatives == null ? List.of()
                : alternatives.stream().map(alternative -> TextNormalizer.normalize(alternative).strip())
                        .filter(alternative -> !alternative.isEmpty() && !alternative.equals(normalized))
                        .distinct().toList();
    }

    /** The term first, then its alternatives. */
    public List<String> forms() {
        return Stream.concat(Stream.of(term), alternatives.stream()).toList();
    }
}
