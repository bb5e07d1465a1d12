package io.lanmu.web.users;

import io.lanmu.column.EditorAssignments;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Role;
import io.lanmu.user.User;
import io.lanmu.user.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Users (admin)", description = "Accounts, roles and the columns each editor works in")
@RestController
@RequestMapping("/api/admin")
class UserAdminController {

    private final UserAccounts accounts;
    private final EditorAssignments assignments;

    UserAdminController(UserAccounts accounts, EditorAssignments assignments) {
        this.accounts = accounts;
        this.assignments = assignments;
    }

    @Operation(summary = "Who you are, your roles and the columns you work in")
    @GetMapping("/me")
    UserResponse me(Actor actor) {
        return response(accounts.find(actor.userId()));
    }

    @GetMapping("/users")
    List<UserResponse> users(Actor actor) {
        actor.require(Role.ADMIN);
        return accounts.all().stream().map(this::response).toList();
    }

    @GetMapping("/users/{id}")
    UserResponse user(@PathVariable long id, Actor actor) {
        if (actor.userId() != id) {
            actor.require(Role.ADMIN);
        }
        return response(accounts.find(id));
    }

    @PostMapping("/users")
    ResponseEntity<UserResponse> create(@RequestBody NewUserRequest request, Actor actor) {
        User user = accounts.create(new UserAccounts.NewUser(request.username(), request.displayName(),
                request.password(), request.roles() == null ? Set.of() : request.roles()), actor);
        return ResponseEntity.created(URI.create("/api/admin/users/" + user.getId())).body(response(user));
    }

    @Operation(summary = "Change display name, roles or enabled state, based on the version you saw")
    @PutMapping("/users/{id}")
    UserResponse change(@PathVariable long id, @RequestBody UserChangeRequest request, Actor actor) {
        User user = accounts.find(id);
        return response(accounts.change(id, new UserAccounts.UserChange(
                request.displayName() == null ? user.getDisplayName() : request.displayName(),
                request.roles() == null ? user.getRoles() : request.roles(),
                request.enabled() == null ? user.isEnabled() : request.enabled(), request.version()), actor));
    }

    @Operation(summary = "Set a new password (your own, or anybody's as an admin)")
    @PutMapping("/users/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void password(@PathVariable long id, @RequestBody PasswordRequest request, Actor actor) {
        accounts.changePassword(id, request.password(), actor);
    }

    @GetMapping("/users/{id}/columns")
    Set<Long> columns(@PathVariable long id, Actor actor) {
        if (actor.userId() != id) {
            actor.require(Role.ADMIN);
        }
        accounts.find(id);
        return assignments.columnsOf(id);
    }

    @Operation(summary = "Replace the columns an editor works in (each covers its sub-columns)")
    @PutMapping("/users/{id}/columns")
    Set<Long> assign(@PathVariable long id, @RequestBody AssignmentRequest request, Actor actor) {
        accounts.find(id);
        return assignments.assign(id, request.columnIds() == null ? Set.of() : request.columnIds(), actor);
    }

    private UserResponse response(User user) {
        return new UserResponse(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(),
                user.isEnabled(), assignments.columnsOf(user.getId()), user.getCreatedAt(), user.getVersion());
    }

    record UserResponse(long id, String username, String displayName, Set<Role> roles, boolean enabled,
            Set<Long> columnIds, Instant createdAt, long version) {
    }

    record NewUserRequest(String username, String displayName, String password, Set<Role> roles) {
    }

    record UserChangeRequest(String displayName, Set<Role> roles, Boolean enabled, Long version) {
    }

    record PasswordRequest(String password) {
    }

    record AssignmentRequest(Set<Long> columnIds) {
    }
}
