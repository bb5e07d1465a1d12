package io.lanmu.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Adds a phrase's score to the best hits of a search and sorts them again, best first and ties newest first. Run on a
 * window of the best hits only, where positions are cheap to check (Lucene's rescoring, for phrases).
 */
final class PhraseBonus {

    private static final float WEIGHT = 2f;
    private static final Comparator<FieldDoc> BEST_THEN_NEWEST = Comparator.<FieldDoc>comparingDouble(hit -> hit.score)
            .thenComparingLong(hit -> (Long) hit.fields[1]).reversed();

    private PhraseBonus() {
    }

    /** @param hits sorted by score then date, as {@link PageSearch#BEST_THEN_NEWEST} collects them */
    static FieldDoc[] add(IndexSearcher searcher, Query phrases, FieldDoc[] hits) throws IOException {
        FieldDoc[] rescored = Arrays.stream(hits).map(hit -> new FieldDoc(hit.doc, score(hit), hit.fields))
                .toArray(FieldDoc[]::new);
        Arrays.sort(rescored, Comparator.comparingInt(hit -> hit.doc));
        Weight weight = searcher.createWeight(searcher.rewrite(phrases), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        Scorer scorer = null;
        for (FieldDoc hit : rescored) {
            int current = ReaderUtil.subIndex(hit.doc, leaves);
            if (current != leafIndex) {
                leafIndex = current;
                leaf = leaves.get(current);
                scorer = weight.scorer(leaf);
            }
            if (scorer != null && holdsPhrase(scorer, hit.doc - leaf.docBase)) {
                hit.score += WEIGHT * scorer.score();
            }
        }
        Arrays.sort(rescored, BEST_THEN_NEWEST);
        return rescored;
    }

    /**
     * Checks the positions of this document only. Advancing the scorer itself would check every document after it
     * until one holds the phrase, which costs more than the whole search.
     */
    private static boolean holdsPhrase(Scorer scorer, int doc) throws IOException {
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator candidates = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        int at = candidates.docID() < doc ? candidates.advance(doc) : candidates.docID();
        return at == doc && (twoPhase == null || twoPhase.matches());
    }

    private static float score(FieldDoc hit) {
        return (Float) hit.fields[0];
    }
}
