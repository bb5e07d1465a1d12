package io.lanmu.visit;

import java.util.regex.Pattern;

/**
 * Obvious robots, told by their User-Agent: crawlers, link previewers, monitors and HTTP libraries. A browser that
 * says nothing about itself counts as a robot too.
 */
final class Bots {

    private static final Pattern ROBOT = Pattern.compile("bot|crawl|spider|slurp|scrap|archiver|fetch|preview|"
            + "facebookexternalhit|headless|lighthouse|pingdom|uptime|monitor|curl|wget|python|java/|okhttp|"
            + "go-http-client|apache-httpclient|axios|node-fetch|libwww|httpie|postman|phantomjs|yandex|sogou|"
            + "bytespider|petalbot|360spider|baiduspider|mediapartners", Pattern.CASE_INSENSITIVE);

    private Bots() {
    }

    static boolean isRobot(String userAgent) {
        return userAgent == null || userAgent.isBlank() || ROBOT.matcher(userAgent).find();
    }
}
