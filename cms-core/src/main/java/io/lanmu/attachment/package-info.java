/**
 * Files attached to items: stored once, never changed, referenced by the revisions that list them.
 * The text extracted from each file is kept here so search can index it without reading files again.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachments",
        allowedDependencies = {"shared"})
package io.lanmu.attachment;
