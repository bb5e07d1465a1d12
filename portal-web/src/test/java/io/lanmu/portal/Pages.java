package io.lanmu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Fetches public pages the way a browser asks for them and parses them with jsoup. */
record Pages(MockMvcTester mvc) {

    MvcTestResult get(String path) {
        return mvc.get().uri(path).header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
                .exchange();
    }

    /** A page that must answer 200 with HTML. */
    Document html(String path) {
        MvcTestResult result = get(path);
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
        return Jsoup.parse(body(result), "http://localhost" + path);
    }

    /** A feed or the sitemap, parsed as XML. */
    Document xml(String path) {
        MvcTestResult result = get(path);
        assertThat(result).hasStatusOk();
        return Jsoup.parse(body(result), "http://localhost" + path, Parser.xmlParser());
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
