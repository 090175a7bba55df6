package org.newsgraph.index.connect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.newsgraph.index.internal.Json;

/** Reads the view file the connect pass writes. */
public final class ConnectViews {

    private ConnectViews() {
    }

    /** The connect view of a data directory, or null when no pass has written one yet. */
    public static ConnectView read(Path dataDir) throws IOException {
        try {
            return Json.MAPPER.readValue(file(dataDir).toFile(), ConnectView.class);
        } catch (java.io.FileNotFoundException | NoSuchFileException e) {
            return null;
        }
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve("connect").resolve(ConnectPass.VIEW);
    }

    /** The generation the view was written at, read from its first field without parsing the rest. */
    static int generation(Path view) throws IOException {
        try (JsonParser p = Json.MAPPER.createParser(view.toFile())) {
            if (p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME
                    && "generation".equals(p.currentName()) && p.nextToken() == JsonToken.VALUE_NUMBER_INT) {
                return p.getIntValue();
            }
            return -1;
        }
    }
}
