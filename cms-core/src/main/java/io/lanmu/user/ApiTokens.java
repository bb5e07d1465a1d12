package io.lanmu.user;

import io.lanmu.shared.Actor;
import io.lanmu.shared.Moments;
import io.lanmu.shared.NotFound;
import io.lanmu.shared.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing, checking, listing and revoking personal API tokens.
 */
@Service
@Transactional
public class ApiTokens {

    private static final String PREFIX = "lmu_";

    private final ApiTokenRepository tokens;
    private final Users users;
    private final UserAccounts accounts;
    private final UserProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, Users users, UserAccounts accounts, UserProperties properties,
            SignInThrottle throttle, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.users = users;
        this.accounts = accounts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Issues a token to a caller inside the application (tests, scripts), throttled as one local address. */
    public IssuedToken issue(String username, String password, String name) {
        return issue(username, password, name, "local");
    }

    /**
     * Checks the credentials and issues a new token; the plain token is returned only this once. Wrong
     * passwords are counted for the account from {@code clientAddress} and for the address, and slow
     * further attempts down (see {@link SignInThrottle}).
     */
    public IssuedToken issue(String username, String password, String name, String clientAddress) {
        throttle.check(username, clientAddress);
        Actor actor;
        try {
            actor = accounts.authenticate(username, password);
        }
        catch (BadCredentials wrong) {
            throttle.failed(username, clientAddress, users.findByUsername(SignInThrottle.normalized(username))
                    .map(User::getId).orElse(0L));
            throw wrong;
        }
        throttle.succeeded(username, clientAddress);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Moments.now(clock);
        String tokenName = name == null || name.isBlank() ? "API token" : name.trim();
        ApiToken saved = tokens.save(new ApiToken(actor.userId(), tokenName, hash(token), now,
                now.plus(properties.tokenLifetime())));
        events.publishEvent(new TokenIssued(saved.getId(), actor.userId(), tokenName, saved.getExpiresAt(),
                actor.userId(), actor.username(), now));
        return new IssuedToken(saved.getId(), token, tokenName, saved.getExpiresAt());
    }

    /** The actor a presented token stands for, if the token is valid and its account enabled. */
    public Optional<Actor> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = Moments.now(clock);
        return tokens.findByTokenHash(hash(token))
                .filter(found -> found.isUsableAt(now))
                .flatMap(found -> {
                    found.markUsed(now);
                    return users.findById(found.getUserId());
                })
                .filter(User::isEnabled)
                .map(User::toActor);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> visibleTo(Actor actor) {
        return actor.has(Role.ADMIN) ? tokens.findAllByOrderByCreatedAtDesc()
                : tokens.findByUserIdOrderByCreatedAtDesc(actor.userId());
    }

    /** Revokes one of the actor's own tokens; an admin may revoke anybody's. */
    public void revoke(long tokenId, Actor actor) {
        ApiToken token = tokens.findById(tokenId)
                .filter(found -> found.getUserId() == actor.userId() || actor.has(Role.ADMIN))
                .orElseThrow(() -> new NotFound("token-not-found", "There is no token " + tokenId, tokenId));
        Instant now = Moments.now(clock);
        token.revoke(now);
        events.publishEvent(new TokenRevoked(tokenId, token.getUserId(), actor.userId(), actor.username(), now));
    }

    /**
     * A new password ends every session opened with the old one: whoever learnt it may hold a token.
     * Runs in the transaction of the change, so the password and the revocations are stored together.
     */
    @EventListener
    void passwordChanged(UserPasswordChanged changed) {
        Instant now = changed.occurredAt();
        tokens.findByUserIdOrderByCreatedAtDesc(changed.userId()).stream()
                .filter(token -> token.isUsableAt(now))
                .forEach(token -> {
                    token.revoke(now);
                    events.publishEvent(new TokenRevoked(token.getId(), token.getUserId(), changed.actorId(),
                            changed.actorName(), now));
                });
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A token as handed out once: {@link #token()} is never shown again. */
    public record IssuedToken(long id, String token, String name, Instant expiresAt) {
    }
}
