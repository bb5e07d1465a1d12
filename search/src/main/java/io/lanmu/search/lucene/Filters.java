package io.lanmu.search.lucene;

import static io.lanmu.search.lucene.IndexedFields.CATEGORY;
import static io.lanmu.search.lucene.IndexedFields.COLUMN_ID;
import static io.lanmu.search.lucene.IndexedFields.COLUMN_PATH;
import static io.lanmu.search.lucene.IndexedFields.DATE;
import static io.lanmu.search.lucene.IndexedFields.SCOPE;
import static io.lanmu.search.lucene.IndexedFields.STATUS;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.lanmu.search.Scope;
import io.lanmu.search.SearchQuery;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** The restrictions of a search: its scope always, and every filter the query sets. They never affect ranking. */
final class Filters {

    private Filters() {
    }

    static BooleanQuery.Builder inScope(Scope scope) {
        Objects.requireNonNull(scope, "scope");
        return new BooleanQuery.Builder().add(new TermQuery(new Term(SCOPE, scope.name())), Occur.FILTER);
    }

    static BooleanQuery.Builder of(SearchQuery query) {
        BooleanQuery.Builder filters = inScope(query.scope());
        anyOf(filters, COLUMN_PATH, query.underColumns());
        anyOf(filters, COLUMN_ID, query.inColumns());
        anyOf(filters, CATEGORY, query.categories());
        anyOf(filters, STATUS, query.statuses());
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
            // The range is inclusive in Lucene; the query's upper bound is exclusive.
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochMilli() - 1;
            filters.add(LongPoint.newRangeQuery(DATE, from, to), Occur.FILTER);
        }
        return filters;
    }

    private static void anyOf(BooleanQuery.Builder filters, String field, Collection<?> values) {
        if (!values.isEmpty()) {
            List<BytesRef> terms = values.stream().map(value -> new BytesRef(value.toString())).toList();
            filters.add(new TermInSetQuery(field, terms), Occur.FILTER);
        }
    }
}
