package io.lanmu.search.lucene;

import static io.lanmu.search.lucene.IndexedFields.ATTACHMENT;
import static io.lanmu.search.lucene.IndexedFields.ATTACHMENT_LENGTH;
import static io.lanmu.search.lucene.IndexedFields.ATTACHMENT_NAME;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Which attachments of a hit hold a searched word. All attachments share one multi-valued field, so a match is
 * placed by its offset: each attachment's text starts one character (the analyzer's offset gap) after the previous
 * one ends, which the stored text lengths tell without loading the texts.
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
        MatchesIterator inAttachments = matches == null ? null : matches.getMatches(ATTACHMENT);
        if (inAttachments == null) {
            return List.of();
        }
        int[] starts = startOffsets(stored.getFields(ATTACHMENT_LENGTH));
        BitSet matched = new BitSet(names.length);
        while (inAttachments.next()) {
            matched.set(attachmentAt(inAttachments.startOffset(), starts));
        }
        List<String> matchedNames = new ArrayList<>(matched.cardinality());
        matched.stream().forEach(i -> matchedNames.add(names[i]));
        return matchedNames;
    }

    private static int[] startOffsets(IndexableField[] lengths) {
        int[] starts = new int[lengths.length];
        for (int i = 1; i < lengths.length; i++) {
            starts[i] = starts[i - 1] + lengths[i - 1].numericValue().intValue() + 1;
        }
        return starts;
    }

    private static int attachmentAt(int offset, int[] starts) {
        int attachment = 0;
        while (attachment + 1 < starts.length && starts[attachment + 1] <= offset) {
            attachment++;
        }
        return attachment;
    }
}
