package io.lanmu.browser;

import io.lanmu.font.CjkFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * A real headless Chromium driven through Debian's chromedriver, for the tests that must see pages as visitors' and
 * staff's browsers do. The binaries come from the OS ({@code apt-get install chromium chromium-driver}, which
 * {@code .ci/run} does when they are missing); {@code lanmu.test.chromium} and {@code lanmu.test.chromedriver} point
 * elsewhere. Both paths are given explicitly, so Selenium never tries to download a browser.
 */
public final class Chromium implements AutoCloseable {

    /** The window sizes pages are checked at: a phone held upright and a laptop. */
    public enum Window {
        PHONE(390, 844), DESKTOP(1366, 900);

        final int width;
        final int height;

        Window(int width, int height) {
            this.width = width;
            this.height = height;
        }

        public String label() {
            return name().toLowerCase();
        }
    }

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Path profile;
    private final ChromeDriver driver;

    private Chromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    public static Chromium start() {
        Path binary = Path.of(System.getProperty("lanmu.test.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("lanmu.test.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(binary) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("The browser tests need Chromium and chromedriver (" + binary + ", "
                    + chromedriver + "): apt-get install chromium chromium-driver, as .ci/run does");
        }
        try {
            // A fresh profile each run: Chromium refuses a profile another process still holds.
            Path profile = Files.createTempDirectory("lanmu-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(binary.toFile()).addArguments("--headless",
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=zh-CN",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                    .withEnvironment(Map.of("FONTCONFIG_FILE", fontConfig(profile).toString())).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
            return new Chromium(profile, driver);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fontconfig file that adds the build's Chinese font to the machine's fonts: a machine without CJK fonts
     * installed would draw every Chinese character as a box, in the screenshots and for the layout checks.
     */
    private static Path fontConfig(Path profile) throws IOException {
        Path fonts = Files.createDirectories(profile.resolve("fonts"));
        try (InputStream font = CjkFont.open()) {
            Files.copy(font, fonts.resolve("NotoSansSC-Regular.ttf"));
        }
        return Files.writeString(profile.resolve("fonts.conf"), """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
                <fontconfig>
                  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
                  <dir>%s</dir>
                  <cachedir>%s</cachedir>
                </fontconfig>
                """.formatted(fonts, profile.resolve("font-cache")));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void resize(Window window) {
        driver.manage().window().setSize(new Dimension(window.width, window.height));
    }

    /** Whether the page is wider than the window, so a visitor would have to scroll sideways. */
    public boolean scrollsSideways() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) overflow).longValue() > 0;
    }

    /**
     * Saves the whole page as {@code target/screenshots/<name>.png}, for a reviewer to look at: the window grows to
     * the page's height for the picture and shrinks back.
     */
    public Path screenshot(String name, Window window) {
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(window.width, Math.min(Math.max(height.intValue(),
                window.height), 6000)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            resize(window);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        }
        finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
