/**
 * Elasticsearch analysis components for Chinese text, registered under the names of Elastic's official
 * {@code analysis-smartcn} plugin so that one index mapping serves the test node and production.
 *
 * <p>Elasticsearch does not scan the {@code @NamedComponent} annotations when it starts: it reads
 * {@code named_components.json} in the plugin zip, which must list every factory of this package.
 */
package io.lanmu.search.smartcn;
