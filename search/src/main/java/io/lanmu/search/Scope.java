package io.lanmu.search;

/**
 * Which audience a document is for. Every item has up to two documents: the public one holds its live
 * revision (only while it is online in a visible column); the editorial one holds its latest
 * revision, whatever its state, for staff.
 */
public enum Scope {
    PUBLIC,
    EDITORIAL
}
