package org.marsad.cli;

/** Exit statuses shared by all commands. */
final class ExitCodes {
    /** Everything read and processed. */
    static final int OK = 0;
    /** Some input was rejected (reported on stderr); the good input was still processed. */
    static final int INPUT_REJECTED = 1;
    /** A usage error (picocli's own). */
    static final int USAGE = 2;
    /** The command could not do its work. */
    static final int FAILURE = 3;

    private ExitCodes() {
    }
}
