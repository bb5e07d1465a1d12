package io.lanmu.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.lanmu.search.query.Words;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Longer words of the index that start with a short Chinese word: 中秋节 and 国庆节 for 中秋 and 国庆, which people type
 * while the text says the full form, and which smartcn keeps as words of their own. Looked up in the term dictionary
 * and capped, rather than run as prefix queries, so a common prefix (税务) costs a few terms, not hundreds.
 */
final class LongerWords {

    /** The most frequent longer words kept per short word and field. */
    private static final int KEPT = 4;
    /** How many dictionary entries to read at most; beyond it the short word is common enough on its own. */
    private static final int READ = 256;

    private final IndexReader reader;

    LongerWords(IndexReader reader) {
        this.reader = reader;
    }

    /** The most frequent longer words in {@code field} starting with {@code word}; none unless it may be short. */
    List<String> of(String word, String field) throws IOException {
        if (!Words.mayBeShortForm(word)) {
            return List.of();
        }
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return List.of();
        }
        BytesRef prefix = new BytesRef(word);
        TermsEnum dictionary = terms.iterator();
        if (dictionary.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        BytesRef term = dictionary.term();
        for (int read = 0; read < READ && term != null && StringHelper.startsWith(term, prefix); read++) {
            if (!term.bytesEquals(prefix)) {
                candidates.add(new Candidate(term.utf8ToString(), dictionary.docFreq()));
            }
            term = dictionary.next();
        }
        return candidates.stream().sorted(Comparator.comparingInt(Candidate::documents).reversed())
                .limit(KEPT).map(Candidate::word).toList();
    }

    private record Candidate(String word, int documents) {
    }
}
