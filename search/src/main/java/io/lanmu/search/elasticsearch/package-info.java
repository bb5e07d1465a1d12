/**
 * The Elasticsearch engine: the search port on a cluster with Elastic's analysis-smartcn plugin, through Spring Data
 * Elasticsearch. Documents live in numbered indices behind one alias, so a rebuild or a full delete swaps indices
 * atomically and searches never see an empty or half-filled index.
 */
package io.lanmu.search.elasticsearch;
