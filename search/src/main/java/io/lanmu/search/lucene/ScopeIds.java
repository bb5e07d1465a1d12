package io.lanmu.search.lucene;

import io.lanmu.search.SearchDocument;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import io.lanmu.search.Scope;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/** Lists the ids of every document in a scope from doc values, without touching stored fields. */
final class ScopeIds {

    private ScopeIds() {
    }

    static Set<String> of(IndexSearcher searcher, Scope scope) throws IOException {
        Term inScope = new Term(IndexedFields.SCOPE, scope.name());
        Set<String> ids = new HashSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            PostingsEnum documents = leaf.reader().postings(inScope, PostingsEnum.NONE);
            if (documents == null) {
                continue;
            }
            SortedDocValues idValues = DocValues.getSorted(leaf.reader(), IndexedFields.ID);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = documents.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = documents.nextDoc()) {
                if ((live == null || live.get(doc)) && idValues.advanceExact(doc)) {
                    // A document in both scopes is named as the document of this scope would be.
                    String stored = idValues.lookupOrd(idValues.ordValue()).utf8ToString();
                    ids.add(SearchDocument.idOf(scope, SearchDocument.itemIdOf(stored)));
                }
            }
        }
        return Set.copyOf(ids);
    }
}
