package org.marsad.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Where the write token comes from: {@code $MARSAD_TOKEN}, else the data directory's token file, else a new one. */
public final class WriteToken {
    public static final String ENV = "MARSAD_TOKEN";
    public static final String FILE = "server-token";

    /** @param generated true when the token was created now (the caller should print it) */
    public record Resolved(String token, boolean generated, Path file) {
    }

    private WriteToken() {
    }

    public static Resolved resolve(String fromEnv, Path dataDir) throws IOException {
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Resolved(fromEnv.strip(), false, null);
        }
        Path file = dataDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            String t = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (t.length() >= 8) {
                return new Resolved(t, false, file);
            }
        }
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        String token = HexFormat.of().formatHex(b);
        Files.createDirectories(dataDir);
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file keeps the default permissions
        }
        return new Resolved(token, true, file);
    }

    /** Compares in constant time, so response times tell nothing about the token. */
    static boolean matches(String expected, String given) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
