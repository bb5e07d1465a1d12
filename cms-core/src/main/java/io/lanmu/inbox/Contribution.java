package io.lanmu.inbox;

import io.lanmu.deadline.InformationCategory;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Conflict;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * Information or a suggestion a contributor sent in. The moment it arrived is when the information
 * reached the team: an item made from it counts its deadline from there.
 */
@Entity
@Table(name = "contribution")
public class Contribution extends AbstractAggregateRoot<Contribution> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_seq")
    @SequenceGenerator(name = "contribution_seq", sequenceName = "contribution_seq", allocationSize = 50)
    private Long id;

    private long contributorId;

    private String contributorName;

    @Enumerated(EnumType.STRING)
    private ContributionKind kind;

    private String title;

    private String body;

    private Long suggestedColumnId;

    @Enumerated(EnumType.STRING)
    private InformationCategory suggestedCategory;

    @Enumerated(EnumType.STRING)
    private ContributionStatus status;

    private Long itemId;

    private Long handledBy;

    private String handledByName;

    private Instant handledAt;

    private String response;

    private Instant createdAt;

    @Version
    private long version;

    protected Contribution() {
    }

    Contribution(Actor contributor, ContributionKind kind, String title, String body, Long suggestedColumnId,
            InformationCategory suggestedCategory, Instant at) {
        this.contributorId = contributor.userId();
        this.contributorName = contributor.username();
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.suggestedColumnId = suggestedColumnId;
        this.suggestedCategory = suggestedCategory;
        this.status = ContributionStatus.NEW;
        this.createdAt = at;
    }

    Contribution registerReceived(Instant at) {
        registerEvent(new ContributionReceived(id, kind, title, contributorId, contributorName, at));
        return this;
    }

    void accept(long itemId, Actor by, Instant at) {
        requireNew();
        this.status = ContributionStatus.ACCEPTED;
        this.itemId = itemId;
        handled(by, at, null);
        registerEvent(new ContributionAccepted(id, itemId, by.userId(), by.username(), at));
    }

    void decline(String response, Actor by, Instant at) {
        requireNew();
        this.status = ContributionStatus.DECLINED;
        handled(by, at, response);
        registerEvent(new ContributionDeclined(id, response, by.userId(), by.username(), at));
    }

    private void handled(Actor by, Instant at, String response) {
        this.handledBy = by.userId();
        this.handledByName = by.username();
        this.handledAt = at;
        this.response = response;
    }

    private void requireNew() {
        if (status != ContributionStatus.NEW) {
            throw new Conflict("contribution-already-handled",
                    "Contribution %d was already %s".formatted(id, status), id, status.name());
        }
    }

    public Long getId() {
        return id;
    }

    public long getContributorId() {
        return contributorId;
    }

    public String getContributorName() {
        return contributorName;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Long getSuggestedColumnId() {
        return suggestedColumnId;
    }

    public InformationCategory getSuggestedCategory() {
        return suggestedCategory;
    }

    public ContributionStatus getStatus() {
        return status;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getHandledByName() {
        return handledByName;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public String getResponse() {
        return response;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
