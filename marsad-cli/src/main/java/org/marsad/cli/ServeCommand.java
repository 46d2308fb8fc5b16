package org.marsad.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.index.ingest.Ingester;
import org.marsad.index.ArchiveStore;
import org.marsad.io.ArticleReader;
import org.marsad.pipeline.Pipeline;
import org.marsad.sample.SampleCorpus;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerConfig;
import org.marsad.server.WriteToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the archive over HTTP: the web page at /, the JSON API under /api (see /openapi.json).",
            "An empty archive is first filled with the bundled sample corpus (3,000 Jawhara FM articles).",
            "Write endpoints need the token from $MARSAD_TOKEN or DIR/server-token (created and printed if absent)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--no-sample", description = "Do not fill an empty archive with the bundled sample.")
    boolean noSample;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = data.dir();
        WriteToken.Resolved token = WriteToken.resolve(System.getenv(WriteToken.ENV), dir);
        ArchiveStore store = data.open();
        Pipeline pipeline = Pipeline.standard();
        if (!noSample && store.stats().articles() == 0) {
            out.println("marsad serve: the archive in " + dir + " is empty; ingesting the bundled sample corpus…");
            out.flush();
            IngestProgress display = new IngestProgress(err, System.console() != null);
            display.total(3000);
            Ingester in = new Ingester(store, pipeline, Ingester.Options.defaults(), display)
                    .reportEvery(Duration.ofMillis(500));
            SampleCorpus.read(new ArticleReader(), in);
            Ingester.Progress p = in.finish();
            display.done();
            out.printf("marsad serve: %,d sample articles stored in %.1f s%n", p.indexed(), p.seconds());
        }
        store.release();
        Javalin app = MarsadServer.create(store, pipeline, ServerConfig.withToken(token.token()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            store.close();
            stopped.countDown();
        }, "marsad-serve-stop"));
        app.start(host, port);
        var stats = store.stats();
        out.printf("marsad serve: %,d articles from %s; listening on http://%s:%d/ (API: /api, /openapi.json)%n",
                stats.articles(), dir, host, app.port());
        if (token.generated()) {
            out.println("marsad serve: write token (for POST /api/ingest), saved in " + token.file() + ":");
            out.println("  " + token.token());
        } else {
            out.println("marsad serve: write token from " + (token.file() == null ? "$" + WriteToken.ENV : token.file()));
        }
        out.println("marsad serve: Ctrl-C stops.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
