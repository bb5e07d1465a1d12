package io.lanmu.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lanmu.search.SearchDocument.AttachmentText;

/**
 * Documents for the contract tests, on a small site of two column trees: 政务公开 ({@link #OPEN_GOVERNMENT}) with
 * 政策法规 ({@link #POLICIES}) beneath it, and 纳税服务 ({@link #TAX_SERVICE}) with 办税指南 ({@link #GUIDES}).
 * Defaults are neutral words no test searches for.
 */
public final class SearchDocuments {

    public static final long OPEN_GOVERNMENT = 10;
    public static final long POLICIES = 11;
    public static final long TAX_SERVICE = 20;
    public static final long GUIDES = 21;

    public static final Instant DEFAULT_DATE = Instant.parse("2026-03-02T02:00:00Z");

    private static final Map<Long, List<Long>> PATHS = Map.of(
            OPEN_GOVERNMENT, List.of(OPEN_GOVERNMENT),
            POLICIES, List.of(OPEN_GOVERNMENT, POLICIES),
            TAX_SERVICE, List.of(TAX_SERVICE),
            GUIDES, List.of(TAX_SERVICE, GUIDES));

    private SearchDocuments() {
    }

    public static Builder aPublicDocument(long itemId) {
        return new Builder(Set.of(Scope.PUBLIC), itemId);
    }

    public static Builder anEditorialDocument(long itemId) {
        return new Builder(Set.of(Scope.EDITORIAL), itemId);
    }

    /** A document for visitors and staff alike: the item is live with its latest revision. */
    public static Builder aDocumentInBothScopes(long itemId) {
        return new Builder(Set.of(Scope.PUBLIC, Scope.EDITORIAL), itemId);
    }

    /** Builds one document; every setter returns the builder. */
    public static final class Builder {

        private final Set<Scope> scopes;
        private final long itemId;
        private String title = "示例文档";
        private String summary = "示例摘要";
        private String body = "示例正文";
        private final List<AttachmentText> attachments = new ArrayList<>();
        private long columnId = OPEN_GOVERNMENT;
        private String category = "GENERAL";
        private String status = "PUBLISHED";
        private List<String> tags = List.of();
        private Instant date = DEFAULT_DATE;

        private Builder(Set<Scope> scopes, long itemId) {
            this.scopes = scopes;
            this.itemId = itemId;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder attachment(String name, String text) {
            attachments.add(new AttachmentText(attachments.size() + 1, name, text));
            return this;
        }

        /** One of the site's columns; the path to it follows. */
        public Builder column(long columnId) {
            this.columnId = columnId;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder tags(String... tags) {
            this.tags = Arrays.asList(tags);
            return this;
        }

        public Builder date(Instant date) {
            this.date = date;
            return this;
        }

        public Builder date(String isoInstant) {
            return date(Instant.parse(isoInstant));
        }

        public SearchDocument build() {
            return new SearchDocument(itemId, scopes, title, summary, body,
                    attachments, columnId, PATHS.get(columnId), category, status, tags, date);
        }
    }
}
