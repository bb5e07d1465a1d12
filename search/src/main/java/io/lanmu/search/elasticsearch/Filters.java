package io.lanmu.search.elasticsearch;

import static io.lanmu.search.elasticsearch.IndexedFields.CATEGORY;
import static io.lanmu.search.elasticsearch.IndexedFields.COLUMN_ID;
import static io.lanmu.search.elasticsearch.IndexedFields.COLUMN_PATH;
import static io.lanmu.search.elasticsearch.IndexedFields.DATE;
import static io.lanmu.search.elasticsearch.IndexedFields.SCOPE;
import static io.lanmu.search.elasticsearch.IndexedFields.STATUS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.lanmu.search.Scope;
import io.lanmu.search.SearchQuery;

/** The restrictions of a search: its scope always, and every filter the query sets. They never affect ranking. */
final class Filters {

    private Filters() {
    }

    static Query inScope(Scope scope) {
        Objects.requireNonNull(scope, "scope");
        return Query.of(q -> q.term(t -> t.field(SCOPE).value(scope.name())));
    }

    static List<Query> of(SearchQuery query) {
        List<Query> filters = new ArrayList<>();
        filters.add(inScope(query.scope()));
        anyOf(filters, COLUMN_PATH, query.underColumns());
        anyOf(filters, COLUMN_ID, query.inColumns());
        anyOf(filters, CATEGORY, query.categories());
        anyOf(filters, STATUS, query.statuses());
        if (query.from() != null || query.to() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field(DATE);
                if (query.from() != null) {
                    d.gte(query.from().toString());
                }
                if (query.to() != null) {
                    d.lt(query.to().toString());
                }
                return d;
            }))));
        }
        return filters;
    }

    private static void anyOf(List<Query> filters, String field, Collection<?> values) {
        if (!values.isEmpty()) {
            List<FieldValue> terms = values.stream().map(value -> FieldValue.of(value.toString())).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
        }
    }
}
