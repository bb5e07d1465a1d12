package io.lanmu.inbox;

/**
 * What a contributor sends.
 */
public enum ContributionKind {
    /** Information to be published (报送信息). */
    INFORMATION,
    /** A suggestion about the site (意见建议). */
    SUGGESTION
}
