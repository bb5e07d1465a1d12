/**
 * Items (信息) and their immutable revisions, the editorial workflow from draft to publication, and
 * the publication records that on-time performance is measured from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Items and workflow",
        allowedDependencies = {"attachment", "column", "deadline", "shared"})
package io.lanmu.item;
