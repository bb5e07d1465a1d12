package io.lanmu.shared;

/**
 * The operation needs a role the actor does not hold.
 */
class RoleRequired extends Forbidden {

    public RoleRequired(Role role) {
        super("role-required", "This operation requires the role " + role, role.name());
    }
}
