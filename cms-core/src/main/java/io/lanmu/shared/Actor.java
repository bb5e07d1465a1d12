package io.lanmu.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * The person (or the system itself) on whose behalf an operation runs. Services take the actor as
 * an argument instead of reading a security context, so the rules they check hold the same for the
 * API, the scheduler and the sample-site loader. Not every rule sits in a service yet: some role
 * checks of the management API (user administration, search maintenance, on-time figures) are made
 * by its controllers, and hold for the API only.
 */
public record Actor(long userId, String username, Set<Role> roles) {

    /** Scheduled publication, expiry and deadline checks act as this actor. */
    public static final Actor SYSTEM = new Actor(0, "system", EnumSet.noneOf(Role.class));

    /** The system acting with an admin's rights: used when Lanmu sets itself up (first start, samples). */
    public static final Actor SYSTEM_ADMIN = new Actor(0, "system", EnumSet.of(Role.ADMIN));

    public Actor {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static Actor of(long userId, String username, Role... roles) {
        return new Actor(userId, username, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isSystem() {
        return userId == SYSTEM.userId;
    }

    /** Refuses the operation unless the actor holds the role. */
    public void require(Role role) {
        if (!has(role)) {
            throw new RoleRequired(role);
        }
    }
}
