package org.newsgraph.source;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes real WARC files with jwarc, as a crawler would: warcinfo, then a request and a response per capture. */
public final class WarcFixtures {

    /** One capture: what the server answered. {@code contentType} null means no Content-Type header. */
    public record Capture(String url, int status, String contentType, byte[] body) {
    }

    private WarcFixtures() {
    }

    /** Writes the captures and returns the byte offset of each response record, in order. */
    public static List<Long> write(Path file, boolean gzip, List<Capture> captures) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            Instant date = Instant.parse("2024-06-01T12:00:00Z");
            writer.write(new Warcinfo.Builder().date(date).filename(file.getFileName().toString()).build());
            for (Capture c : captures) {
                URI uri = URI.create(c.url());
                HttpRequest req = new HttpRequest.Builder("GET", uri.getRawPath())
                        .addHeader("Host", uri.getHost()).build();
                writer.write(new WarcRequest.Builder(uri).date(date).body(req).build());
                HttpResponse.Builder http = new HttpResponse.Builder(c.status(), c.status() == 200 ? "OK" : "Other");
                MediaType type = c.contentType() == null ? null : MediaType.parse(c.contentType());
                if (type != null) http.body(type, c.body());
                else http.body(null, c.body());
                offsets.add(writer.position());
                writer.write(new WarcResponse.Builder(uri).date(date).body(http.build()).build());
            }
        }
        return offsets;
    }
}
