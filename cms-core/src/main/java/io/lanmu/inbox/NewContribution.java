package io.lanmu.inbox;

import io.lanmu.deadline.InformationCategory;

/**
 * What a contributor fills in. The column and category are suggestions; the editor decides.
 */
public record NewContribution(ContributionKind kind, String title, String body, Long suggestedColumnId,
        InformationCategory suggestedCategory) {
}
