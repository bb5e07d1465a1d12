/**
 * Text of attachments: {@link io.lanmu.extraction.TextExtractor} tells what a file is (to refuse non-documents at
 * upload) and extracts its text with Apache Tika under limits of size, time, length and expansion, answering every
 * bad file with a stable outcome code instead of an exception. It is plain Java; {@link
 * io.lanmu.extraction.TikaDocumentReading} offers it to the attachment module through that module's port
 * {@link io.lanmu.attachment.DocumentReading}, and this module runs the extraction lane.
 *
 * <p>An upload, end to end: the web module hands the uploaded file to the item module
 * ({@code ItemAttachments.attach}), which checks the editor and the item and asks the attachment module to store it;
 * the attachment module asks its port what the file is, refuses non-documents, stores the rest and raises
 * {@code AttachmentStored}. After the commit, in the extraction lane, the attachment module asks its port for the
 * text and records it, which raises {@code AttachmentTextExtracted}, on which search indexes the item. Search
 * meets the upload once, at indexing; before, the upload went from web to search (the check) and back through
 * item and attachment to search (the extraction), to attachment (the record) and to search again.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Text extraction",
        allowedDependencies = {"attachment", "background", "shared"})
package io.lanmu.extraction;
