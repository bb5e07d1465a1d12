package io.lanmu.web.cache;

import io.lanmu.web.PageCaching;
import io.lanmu.web.WebProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Serves public pages and public API reads of published content from memory. It sits behind the set-up gate and in
 * front of Spring Security, so a kept answer costs neither security, nor Spring MVC, nor the database: it is replayed
 * as it was first written, security headers included, with a strong ETag and 304 for a client that has it already.
 *
 * <p>Only anonymous reads are kept ({@link PublicReads}); only a 200 without cookies whose controller did not forbid
 * it ({@code private}, {@code no-store}) is stored.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Security's answer for what must not be kept (see SecurityConfiguration). */
    private static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";
    /** Written by the servlet container, or by this filter, for every answer anew. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-type", "content-length", "etag", "date",
            "set-cookie", "transfer-encoding", "connection", "keep-alive");

    private final StoredPages pages;
    private final Renderings renderings;
    private final PublicReads reads;
    private final LocaleResolver locales;
    private final WebProperties.PageCache settings;
    private final int publicCacheSeconds;

    PageCacheFilter(StoredPages pages, Renderings renderings, PublicReads reads, LocaleResolver locales,
            WebProperties properties) {
        this.pages = pages;
        this.renderings = renderings;
        this.reads = reads;
        this.locales = locales;
        this.settings = properties.pageCache();
        this.publicCacheSeconds = properties.publicCacheSeconds();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !settings.enabled() || !reads.isPublicRead(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        StoredPage stored = pages.find(key);
        if (stored != null) {
            serveAgain(stored, request, response);
            return;
        }
        if ("HEAD".equals(request.getMethod())) {
            // A HEAD answer has no body to keep; the next GET stores one that serves HEAD too.
            chain.doFilter(request, response);
            return;
        }
        CompletableFuture<StoredPage> mine = new CompletableFuture<>();
        CompletableFuture<StoredPage> underWay = renderings.claim(key, mine);
        if (underWay != null) {
            StoredPage rendered = renderings.await(underWay);
            if (rendered != null && rendered.generation() == pages.generation()) {
                serveAgain(rendered, request, response);
                return;
            }
            // Not kept, too slow, or rendered before a publication: this request renders its own.
            mine = null;
        }
        StoredPage page = null;
        try {
            page = render(key, request, response, chain);
        }
        finally {
            if (mine != null) {
                renderings.finish(key, mine, page);
            }
        }
    }

    private static void serveAgain(StoredPage stored, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (stored.onEveryHit() != null) {
            stored.onEveryHit().run();
        }
        replay(stored, request, response);
    }

    /** Runs the request through the application and keeps its answer when it may be kept; returns what was kept. */
    private StoredPage render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PageCaching.markCandidate(request);
        // The answer is buffered here already; the API's ETag filter need not buffer it once more.
        ShallowEtagHeaderFilter.disableContentCaching(request);
        long generation = pages.generation();
        CapturedResponse capture = new CapturedResponse(response);
        chain.doFilter(new UnconditionalRequest(request), capture);
        StoredPage page = storable(request, capture) ? store(key, generation, request, capture) : null;
        if (page == null) {
            if (capture.getHeader(HttpHeaders.CACHE_CONTROL) == null && !response.isCommitted()) {
                capture.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            }
            capture.copyBodyToResponse();
            return null;
        }
        response.setHeader(HttpHeaders.ETAG, page.etag());
        if (Etags.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return page;
        }
        capture.copyBodyToResponse();
        return page;
    }

    /**
     * The address as the visitor asked for it, in the language the site answers in, and from the origin a browser
     * front end reads it for (the CORS headers of the answer name that origin).
     */
    private String key(HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        String query = request.getQueryString();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getRequestURI() + (query == null ? "" : "?" + query) + " " + locale.toLanguageTag()
                + (origin == null ? "" : " " + origin);
    }

    private static boolean storable(HttpServletRequest request, CapturedResponse capture) {
        if (capture.getStatus() != HttpServletResponse.SC_OK || request.isAsyncStarted()
                || !capture.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
            return false;
        }
        String cacheControl = capture.getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl == null || !(cacheControl.contains("private") || cacheControl.contains("no-store"));
    }

    private StoredPage store(String key, long generation, HttpServletRequest request,
            CapturedResponse capture) {
        boolean search = reads.isSearch(request);
        Duration maxAge = search ? settings.searchMaxAge() : settings.maxAge();
        if (capture.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
            long seconds = search ? Math.min(publicCacheSeconds, maxAge.toSeconds()) : publicCacheSeconds;
            // Written as the public API's controller writes it.
            capture.setHeader(HttpHeaders.CACHE_CONTROL,
                    CacheControl.maxAge(Duration.ofSeconds(seconds)).cachePublic().getHeaderValue());
        }
        byte[] body = capture.getContentAsByteArray();
        List<StoredPage.Header> headers = new ArrayList<>();
        // Tomcat names a header once per value; each header is copied once, with all its values.
        Set<String> copied = new HashSet<>();
        for (String name : capture.getHeaderNames()) {
            String lowerCase = name.toLowerCase(Locale.ROOT);
            if (!NOT_REPLAYED.contains(lowerCase) && copied.add(lowerCase)) {
                capture.getHeaders(name).forEach(value -> headers.add(new StoredPage.Header(name, value)));
            }
        }
        if (capture.contentLanguage() != null && capture.getHeader(HttpHeaders.CONTENT_LANGUAGE) == null) {
            headers.add(new StoredPage.Header(HttpHeaders.CONTENT_LANGUAGE, capture.contentLanguage()));
        }
        Object onEveryHit = request.getAttribute(PageCaching.ON_EVERY_HIT);
        StoredPage page = new StoredPage(generation, capture.getContentType(), List.copyOf(headers), body,
                Etags.of(body), maxAge, onEveryHit instanceof Runnable work ? work : null);
        pages.keep(key, page);
        return page;
    }

    private static void replay(StoredPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (StoredPage.Header header : page.headers()) {
            response.addHeader(header.name(), header.value());
        }
        response.setHeader(HttpHeaders.ETAG, page.etag());
        if (Etags.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }
}
