/**
 * The embedded search engine: Lucene in the application's own process, with Chinese analysed into words by smartcn.
 */
package io.lanmu.search.lucene;
