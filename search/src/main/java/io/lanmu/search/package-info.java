/**
 * Full-text search in Chinese. {@link io.lanmu.search.SearchEngine} is the port both engines
 * implement (embedded Lucene, Elasticsearch); it speaks documents, not CMS types. The indexer that
 * turns items into documents and keeps the index current lives beside it; it reads items only through the
 * item module's read port {@link io.lanmu.item.SearchableItems} (each item's latest and published view, with
 * its column path and the text of its attachments), never through the item and attachment repositories.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"attachment", "background", "column", "deadline", "item", "shared"})
package io.lanmu.search;
