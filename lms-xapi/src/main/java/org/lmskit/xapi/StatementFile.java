package org.lmskit.xapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A demo "LRS": appends each statement as one line of JSON to a file (JSON Lines), forced to disk before
 * {@link #send} returns, so a statement the relay marked delivered is on disk.
 */
public final class StatementFile implements StatementSink {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public StatementFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void send(List<ObjectNode> statements) {
        StringBuilder lines = new StringBuilder();
        try {
            for (ObjectNode statement : statements) {
                lines.append(JSON.writeValueAsString(statement)).append('\n');
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write statements to " + file, e);
        }
    }
}
