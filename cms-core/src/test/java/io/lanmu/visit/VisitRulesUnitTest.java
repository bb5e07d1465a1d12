package io.lanmu.visit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisitRulesUnitTest {

    @Test
    void referrerCountsByDomainWithoutTheSiteItselfOrAnythingButTheWeb() {
        assertThat(Visits.domainOf("https://www.Baidu.com/s?wd=发票", "lanmu.example")).isEqualTo("baidu.com");
        assertThat(Visits.domainOf("http://news.example.org:8080/a", "lanmu.example")).isEqualTo("news.example.org");
        assertThat(Visits.domainOf("https://lanmu.example/news/", "lanmu.example")).isNull();
        assertThat(Visits.domainOf("android-app://com.tencent.mm/", "lanmu.example")).isNull();
        assertThat(Visits.domainOf("not a url", "lanmu.example")).isNull();
        assertThat(Visits.domainOf(null, "lanmu.example")).isNull();
    }

    @Test
    void obviousRobotsAreToldFromBrowsers() {
        assertThat(Bots.isRobot("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")).isTrue();
        assertThat(Bots.isRobot("Mozilla/5.0 (compatible; Bytespider; spider-feedback@bytedance.com)")).isTrue();
        assertThat(Bots.isRobot("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "HeadlessChrome/131.0.0.0 Safari/537.36")).isTrue();
        assertThat(Bots.isRobot("Java/21.0.5")).isTrue();
        assertThat(Bots.isRobot(" ")).isTrue();
        assertThat(Bots.isRobot("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).isFalse();
        assertThat(Bots.isRobot("Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.50")).isFalse();
    }
}
