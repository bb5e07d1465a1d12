/**
 * Text of attachments: {@link io.lanmu.search.extraction.TextExtractor} tells what a file is (to refuse non-documents
 * at upload) and extracts its text with Apache Tika under limits of size, time, length and expansion, answering every
 * bad file with a stable outcome code instead of an exception. Plain Java; the application wires it.
 */
package io.lanmu.search.extraction;
