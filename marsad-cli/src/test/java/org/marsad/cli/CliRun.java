package org.marsad.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code marsad} command line in-process for tests, capturing its exit code, stdout and stderr. */
final class CliRun {
    record Result(int code, String out, String err) {
    }

    private CliRun() {
    }

    static Result run(String... args) {
        CommandLine cl = MarsadCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
