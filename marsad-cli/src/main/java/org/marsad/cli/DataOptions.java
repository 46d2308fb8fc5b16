package org.marsad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the archive lives: {@code --data DIR}, else {@code $MARSAD_DATA}, else {@code ./marsad-data}. */
final class DataOptions {
    static final String ENV = "MARSAD_DATA";

    @Option(names = "--data", paramLabel = "DIR",
            description = "Archive directory (default: $MARSAD_DATA, else ./marsad-data).")
    Path data;

    Path dir() {
        if (data != null) {
            return data;
        }
        String env = System.getenv(ENV);
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("marsad-data");
    }
}
