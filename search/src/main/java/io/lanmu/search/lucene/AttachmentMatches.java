package io.lanmu.search.lucene;

import static io.lanmu.search.lucene.IndexedFields.ATTACHMENT_NAME;
import static io.lanmu.search.lucene.IndexedFields.CONTENT;
import static io.lanmu.search.lucene.IndexedFields.CONTENT_LENGTH;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Which attachments of a hit hold a searched word. The attachments are values of the content field, so a match is
 * placed by its offset, with the stored lengths of the values ({@link ContentValues}) rather than the texts.
 */
final class AttachmentMatches {

    private final List<LeafReaderContext> leaves;
    private final Weight highlighting;

    AttachmentMatches(IndexSearcher searcher, Query highlighting) throws IOException {
        this.leaves = searcher.getIndexReader().leaves();
        this.highlighting = searcher.createWeight(searcher.rewrite(highlighting), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** The names of the matched attachments, in the document's order. */
    List<String> names(int docId, Document stored) throws IOException {
        String[] names = stored.getValues(ATTACHMENT_NAME);
        if (names.length == 0) {
            return List.of();
        }
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        Matches matches = highlighting.matches(leaf, docId - leaf.docBase);
        MatchesIterator inContent = matches == null ? null : matches.getMatches(CONTENT);
        if (inContent == null) {
            return List.of();
        }
        ContentValues values = new ContentValues(Arrays.stream(stored.getFields(CONTENT_LENGTH))
                .mapToInt(length -> length.numericValue().intValue()).toArray());
        BitSet matched = new BitSet(names.length);
        while (inContent.next()) {
            int value = values.valueAt(inContent.startOffset());
            if (value >= ContentValues.FIRST_ATTACHMENT) {
                matched.set(value - ContentValues.FIRST_ATTACHMENT);
            }
        }
        List<String> matchedNames = new ArrayList<>(matched.cardinality());
        matched.stream().forEach(i -> matchedNames.add(names[i]));
        return matchedNames;
    }
}
