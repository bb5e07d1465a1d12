package io.lanmu.shared;

/**
 * What a person may do in Lanmu. A user may hold several roles.
 */
public enum Role {
    /** Manages users, columns and settings. */
    ADMIN,
    /** The website operations manager: approves, rejects, schedules and unpublishes. */
    APPROVER,
    /** Drafts, edits and submits items in the columns assigned to them. */
    EDITOR,
    /** A manager of another department who sends in information and suggestions. */
    CONTRIBUTOR
}
