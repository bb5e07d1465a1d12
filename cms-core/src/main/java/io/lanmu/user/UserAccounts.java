package io.lanmu.user;

import io.lanmu.shared.Actor;
import io.lanmu.shared.Conflict;
import io.lanmu.shared.Forbidden;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.Moments;
import io.lanmu.shared.Role;
import io.lanmu.shared.StaleVersion;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing accounts, and checking passwords.
 */
@Service
@Transactional
public class UserAccounts {

    private static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{1,31}");

    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final UserProperties properties;
    private final Clock clock;
    // Compared against when the username is unknown, so a wrong name costs as much time as a wrong password.
    private final String unknownUserHash;

    public UserAccounts(Users users, PasswordEncoder passwordEncoder, UserProperties properties, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
        this.unknownUserHash = passwordEncoder.encode("unknown-user-placeholder");
    }

    public User create(NewUser request, Actor by) {
        requireAdminOrSystem(by);
        String username = request.username() == null ? "" : request.username().trim().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInput("username", "username-invalid",
                    "A username has 2 to 32 characters: lower-case letters, digits, '_', '.' or '-'");
        }
        if (users.existsByUsername(username)) {
            throw new Conflict("username-taken", "The username " + username + " is taken", username);
        }
        checkPassword(request.password());
        User user = new User(username, displayNameOr(request.displayName(), username),
                passwordEncoder.encode(request.password()), request.roles(), Moments.now(clock));
        // The first save assigns the id the event needs; the second publishes the event.
        users.save(user);
        return users.save(user.registerCreated(by, Moments.now(clock)));
    }

    public User change(long id, UserChange change, Actor by) {
        requireAdminOrSystem(by);
        User user = find(id);
        StaleVersion.check("User", id, change.version(), user.getVersion());
        boolean stillAdmin = change.enabled() && change.roles().contains(Role.ADMIN);
        if (user.getRoles().contains(Role.ADMIN) && user.isEnabled() && !stillAdmin && isLastAdmin(user)) {
            throw new Conflict("last-admin", "The last enabled admin cannot lose the admin role or be disabled");
        }
        user.change(displayNameOr(change.displayName(), user.getUsername()), change.roles(), change.enabled(), by,
                Moments.now(clock));
        return users.save(user);
    }

    public void changePassword(long id, String newPassword, Actor by) {
        if (by.userId() != id) {
            requireAdminOrSystem(by);
        }
        User user = find(id);
        checkPassword(newPassword);
        user.changePassword(passwordEncoder.encode(newPassword), by, Moments.now(clock));
        users.save(user);
    }

    /** Returns the actor for matching credentials of an enabled account; otherwise refuses. */
    @Transactional(readOnly = true)
    public Actor authenticate(String username, String password) {
        checkPasswordLength(password);
        User user = username == null ? null : users.findByUsername(username.trim().toLowerCase()).orElse(null);
        String hash = user == null ? unknownUserHash : user.getPasswordHash();
        boolean matches = password != null && passwordEncoder.matches(password, hash);
        if (user == null || !matches || !user.isEnabled()) {
            throw new BadCredentials();
        }
        return user.toActor();
    }

    @Transactional(readOnly = true)
    public User find(long id) {
        return users.findById(id).orElseThrow(() -> new UserNotFound(id));
    }

    @Transactional(readOnly = true)
    public User findByUsername(String username) {
        return users.findByUsername(username).orElseThrow(() -> new UserNotFound(username));
    }

    @Transactional(readOnly = true)
    public List<User> all() {
        return users.findAllByOrderByUsername();
    }

    @Transactional(readOnly = true)
    public boolean anyExist() {
        return users.count() > 0;
    }

    private boolean isLastAdmin(User user) {
        return users.findAll().stream()
                .filter(other -> !other.getId().equals(user.getId()))
                .noneMatch(other -> other.isEnabled() && other.getRoles().contains(Role.ADMIN));
    }

    private void checkPassword(String password) {
        checkPasswordLength(password);
        if (password == null || password.length() < properties.minPasswordLength()) {
            throw new InvalidInput("password", "password-too-short",
                    "A password needs at least " + properties.minPasswordLength() + " characters",
                    properties.minPasswordLength());
        }
    }

    /** BCrypt reads 72 bytes and refuses more; a longer password would only look stronger. */
    private static void checkPasswordLength(String password) {
        if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInput("password", "password-too-long",
                    "A password has at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8", MAX_PASSWORD_BYTES);
        }
    }

    private static String displayNameOr(String displayName, String fallback) {
        return displayName == null || displayName.isBlank() ? fallback : displayName.trim();
    }

    private static void requireAdminOrSystem(Actor by) {
        if (!by.isSystem() && !by.has(Role.ADMIN)) {
            throw new Forbidden("role-required", "Only an admin manages accounts", Role.ADMIN.name());
        }
    }

    /** What an admin fills in to open an account. */
    public record NewUser(String username, String displayName, String password, Set<Role> roles) {
    }

    /** A change of an account's name, roles or state, based on the version the admin saw. */
    public record UserChange(String displayName, Set<Role> roles, boolean enabled, Long version) {
    }
}
