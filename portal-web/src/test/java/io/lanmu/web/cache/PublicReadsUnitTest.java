package io.lanmu.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;

class PublicReadsUnitTest {

    private final PublicReads reads = new PublicReads();

    @Test
    void anonymousReadsOfPagesAndOfPublishedColumnsAndItemsAreKept() {
        for (String path : new String[] {"/", "/news/work/", "/news/12.html", "/search", "/feed.xml", "/sitemap.xml",
            "/api/v1/columns", "/api/v1/columns/3", "/api/v1/columns/3/items", "/api/v1/items/7", "/api/v1/search",
            "/api/v1/suggest"}) {
            assertThat(reads.isPublicRead(new MockHttpServletRequest("GET", path))).as(path).isTrue();
        }
        assertThat(reads.isPublicRead(new MockHttpServletRequest("HEAD", "/"))).isTrue();
    }

    @Test
    void searchesAreKeptBrieflyForTheIndexCatchesUpAMomentAfterAChange() {
        for (String path : new String[] {"/search", "/api/v1/search", "/api/v1/suggest"}) {
            assertThat(reads.isSearch(new MockHttpServletRequest("GET", path))).as(path).isTrue();
        }
        assertThat(reads.isSearch(new MockHttpServletRequest("GET", "/api/v1/items/7"))).isFalse();
    }

    @Test
    void staffRequestsDownloadsDocumentationAndStaticFilesAreNot() {
        for (String path : new String[] {"/api/admin/items", "/api/v1/items/7/attachments/2", "/api/admin/search",
            "/v3/api-docs", "/swagger-ui/index.html", "/actuator/health", "/theme/default/site.css", "/preview/x"}) {
            assertThat(reads.isPublicRead(new MockHttpServletRequest("GET", path))).as(path).isFalse();
        }
        assertThat(reads.isPublicRead(new MockHttpServletRequest("POST", "/"))).isFalse();
    }

    @Test
    void requestsWithATokenOrASessionAreNot() {
        MockHttpServletRequest token = new MockHttpServletRequest("GET", "/");
        token.addHeader(HttpHeaders.AUTHORIZATION, "Bearer abc");
        MockHttpServletRequest cookie = new MockHttpServletRequest("GET", "/");
        cookie.setCookies(new Cookie("JSESSIONID", "abc"));

        assertThat(reads.isPublicRead(token)).isFalse();
        assertThat(reads.isPublicRead(cookie)).isFalse();
    }
}
