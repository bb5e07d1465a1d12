package io.lanmu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above a limit with 413 before they are read past it: by the declared
 * Content-Length at once, and for bodies without one (chunked) by counting the bytes as they are read.
 * A JSON body is parsed in full into memory, so an anonymous client could otherwise spend the heap.
 * Item saves and attachment uploads get larger limits; Tomcat parses multipart itself, bounded by
 * {@code spring.servlet.multipart.max-request-size}.
 */
class RequestBodyLimit extends OncePerRequestFilter {

    private static final Pattern UPLOADS = Pattern.compile("/api/admin/items/[^/]+/attachments/?");
    private static final Pattern ITEM_SAVES = Pattern.compile("/api/admin/items(/[^/]+)?/?");

    private final long maxJsonBody;
    private final long maxItemSave;
    private final long maxUpload;
    private final ProblemWriter problems;

    RequestBodyLimit(long maxJsonBody, long maxItemSave, long maxUpload, ProblemWriter problems) {
        this.maxJsonBody = maxJsonBody;
        this.maxItemSave = Math.max(maxJsonBody, maxItemSave);
        this.maxUpload = maxUpload;
        this.problems = problems;
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (UPLOADS.matcher(path).matches()) {
            return maxUpload;
        }
        return ITEM_SAVES.matcher(path).matches() ? maxItemSave : maxJsonBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
                    new Object[] {limit});
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /** Thrown while reading once more bytes arrived than the limit allows; answered with 413. */
    static final class BodyTooLarge extends IOException {

        private final long limit;

        BodyTooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counting(super.getInputStream(), limit);
            }
            return counted;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never ask for more than one byte past the limit, so nothing beyond it is read.
            int wanted = (int) Math.min(length, Math.max(1, limit - count + 1));
            int read = in.read(buffer, offset, wanted);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws BodyTooLarge {
            count += bytes;
            if (count > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
