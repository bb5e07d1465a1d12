package io.lanmu.user;

import io.lanmu.shared.Actor;
import io.lanmu.shared.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A person with an account. The username never changes once created: the audit trail names people
 * by it.
 */
@Entity
@Table(name = "app_user")
public class User extends AbstractAggregateRoot<User> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_seq")
    @SequenceGenerator(name = "user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @jakarta.persistence.Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled;

    private Instant createdAt;

    @Version
    private long version;

    protected User() {
    }

    User(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    User registerCreated(Actor by, Instant at) {
        registerEvent(new UserCreated(id, username, Set.copyOf(roles), by.userId(), by.username(), at));
        return this;
    }

    void change(String displayName, Set<Role> roles, boolean enabled, Actor by, Instant at) {
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
        registerEvent(new UserChanged(id, username, Set.copyOf(this.roles), enabled, by.userId(), by.username(), at));
    }

    void changePassword(String passwordHash, Actor by, Instant at) {
        this.passwordHash = passwordHash;
        registerEvent(new UserPasswordChanged(id, username, by.userId(), by.username(), at));
    }

    public Actor toActor() {
        return new Actor(id, username, roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
