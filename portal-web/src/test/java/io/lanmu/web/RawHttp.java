package io.lanmu.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Talks HTTP/1.1 over a plain socket, for what a well-behaved client cannot send: chunked bodies without
 * a length, a lying Content-Length, malformed request lines. Reads one answer: its head, then its body
 * by Content-Length or chunks (or until the server closes), so the server need not close first.
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** Sends {@code head} (request line and headers, without the blank line), then lets {@code body} write. */
    public Answer send(String head, Consumer<OutputStream> body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            // A ceiling, not a timing: a server that keeps reading instead of answering fails here.
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                body.accept(out);
                out.flush();
            }
            catch (UncheckedIOException | IllegalStateException refusedMidway) {
                // The server may answer and stop reading before the whole body is written.
            }
            return Answer.parse(readAll(socket.getInputStream()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer send(String head) {
        return send(head, out -> { });
    }

    /** Writes {@code text} as it is, in UTF-8. */
    public static Consumer<OutputStream> text(String text) {
        return out -> {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Writes {@code total} bytes of {@code fill} as chunks of {@code chunkSize}, then the last chunk. */
    public static Consumer<OutputStream> chunked(long total, int chunkSize, byte fill) {
        return out -> {
            try {
                byte[] chunk = new byte[chunkSize];
                java.util.Arrays.fill(chunk, fill);
                for (long sent = 0; sent < total; sent += chunkSize) {
                    out.write((Integer.toHexString(chunkSize) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try {
            for (int b; !complete(read) && (b = in.read()) >= 0; ) {
                read.write(b);
            }
        }
        catch (SocketException resetAfterAnswer) {
            // The server closed while unread body bytes were still coming in; what it answered is kept.
        }
        return read.toByteArray();
    }

    private static boolean complete(ByteArrayOutputStream read) {
        String text = read.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Answer head = Answer.parse(read.toByteArray());
        String length = head.header("Content-Length");
        if (length != null) {
            return text.length() - end - 4 >= Integer.parseInt(length);
        }
        if ("chunked".equalsIgnoreCase(head.header("Transfer-Encoding"))) {
            return text.endsWith("\r\n0\r\n\r\n");
        }
        return false;
    }

    /** The status line's code, the headers as received and the body (chunked framing left as is). */
    public record Answer(int status, String headers, String body) {

        static Answer parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            return new Answer(status, head, body);
        }

        public String header(String name) {
            return head().lines().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).trim()).findFirst().orElse(null);
        }

        private String head() {
            return headers;
        }
    }
}
