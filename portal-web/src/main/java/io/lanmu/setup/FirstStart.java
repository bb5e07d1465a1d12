package io.lanmu.setup;

import io.lanmu.samples.SampleSite;
import io.lanmu.shared.Actor;
import io.lanmu.shared.LanmuException;
import io.lanmu.shared.Role;
import io.lanmu.user.UserAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Sets up an empty installation: the sample site with its staff, or just an admin. Passwords come
 * from {@code LANMU_DEMO_PASSWORD}; without it each account gets a random one, shown once in the log
 * and kept in an owner-only file in the data folder.
 */
@Component
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    // No 0/O or 1/l/I: people copy these passwords from a terminal.
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final String PASSWORD_FILE = "demo-passwords.txt";

    private final UserAccounts accounts;
    private final SampleSite samples;
    private final SetupProperties properties;
    private final SetupProgress progress;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    FirstStart(UserAccounts accounts, SampleSite samples, SetupProperties properties, SetupProgress progress,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.samples = samples;
        this.properties = properties;
        this.progress = progress;
        this.events = events;
    }

    /** Runs before the application counts as ready: readiness turns up only once this has finished. */
    @Override
    public void run(ApplicationArguments arguments) {
        if (!accounts.anyExist()) {
            events.publishEvent(new FirstStartBegan(properties.sampleSite()));
            setUp();
        }
        progress.markComplete();
    }

    private void setUp() {
        List<String> usernames = properties.sampleSite() ? SampleSite.usernames() : List.of("admin");
        Map<String, String> passwords = usernames.stream().collect(Collectors.toMap(name -> name,
                name -> properties.hasDemoPassword() ? properties.demoPassword() : randomPassword(),
                (a, b) -> a, LinkedHashMap::new));
        try {
            if (properties.sampleSite()) {
                long started = System.nanoTime();
                int items = samples.build(passwords::get);
                log.info("Created the sample site with {} items in {} ms", items, (System.nanoTime() - started) / 1_000_000);
            }
            else {
                accounts.create(new UserAccounts.NewUser("admin", "系统管理员", passwords.get("admin"), Set.of(Role.ADMIN)),
                        Actor.SYSTEM_ADMIN);
            }
        }
        catch (DataIntegrityViolationException | LanmuException e) {
            if (accounts.anyExist()) {
                log.info("Another instance set this installation up at the same time");
                return;
            }
            throw e;
        }
        if (!properties.hasDemoPassword()) {
            announce(passwords);
        }
    }

    private void announce(Map<String, String> passwords) {
        Path file = properties.dataDir().resolve(PASSWORD_FILE).toAbsolutePath().normalize();
        String lines = passwords.entrySet().stream().map(entry -> "  " + entry.getKey() + " / " + entry.getValue())
                .collect(Collectors.joining("\n"));
        writeOwnerOnly(file, "# Lanmu first-start passwords (username / password). Change them, then delete this file.\n"
                + lines + "\n");
        log.warn("""

                ==== Lanmu first start: these accounts were created. The passwords are shown only this once ====
                {}
                They are also in {} (readable only by this user). Set LANMU_DEMO_PASSWORD to choose one instead.
                """, lines, file);
    }

    private static void writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, content, StandardOpenOption.TRUNCATE_EXISTING);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first-start passwords to " + file, e);
        }
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
