package org.marsad.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.Fixtures;
import org.marsad.index.lucene.LuceneArchiveStore;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.EntityType;
import org.marsad.model.SpeakerKind;
import org.marsad.model.Stance;
import org.marsad.pipeline.Pipeline;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerConfig;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser: Debian's headless Chromium against a server on a loopback port,
 * over a small archive. Each test leaves a screenshot under target/screenshots for a person to look
 * at. Skipped where Chromium is not installed (.ci/run installs it).
 */
class WebPageE2ETest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static LuceneArchiveStore store;
    static Javalin app;
    static String base;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium is not installed");
        store = LuceneArchiveStore.open(dir.resolve("archive"), 16);
        List<Analysis> all = new ArrayList<>(Fixtures.all());
        all.add(hostileArticle());
        store.put(all);
        store.release();
        app = MarsadServer.create(store, Pipeline.standard(), ServerConfig.withToken("e2e-token-0123456789"))
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    /** An article whose text tries to run script: the page must show it as text. */
    static Analysis hostileArticle() {
        Article a = Fixtures.article("xss", "2018-04-01", "test", "internationalNews", "مقال <b>عريض</b> للاختبار",
                "نص فيه <script>window.__pwned = 1</script> و<img src=x onerror=\"window.__pwned = 2\"> وقال مصدر: «لا شيء».");
        return Fixtures.analysis(a, List.of(), List.of(Fixtures.quote(a, null, "مصدر <i>مجهول</i>", SpeakerKind.ANONYMOUS,
                "وقال", "لا شيء", Stance.ASSERT)));
    }

    private static void open(String path) {
        browser.get(base + path);
    }

    private static WebElement await(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static void shot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchShowsHitsFacetsAndHighlights() throws IOException {
        open("/?q=" + q("امريكا"));
        await(".hit");
        List<WebElement> hits = browser.findElements(By.cssSelector(".hit h2 a"));
        // the variant without hamza finds أمريكا and the clitic form وأمريكا
        assertThat(hits).extracting(WebElement::getText)
                .contains("بيسكوف: روسيا لن تتدخل في أمريكا", "وأمريكا ترد على اتهامات روسيا");
        assertThat(browser.findElements(By.cssSelector(".hit .snippet mark"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-facet=places]")).getText()).contains("روسيا");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        shot("search");

        browser.findElement(By.cssSelector("[data-facet=persons] a")).click();
        wait.until(ExpectedConditions.urlContains("entity="));
        await(".chip");
        assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize(2);
    }

    @Test
    void articleViewMarksEntitiesQuotesAndLinksTheSpeaker() throws IOException {
        open("/?q=" + q("الانتخابات"));
        await(".hit h2 a").click();
        await(".article-text");
        assertThat(browser.getCurrentUrl()).endsWith("/article/a1");
        WebElement person = await(".article-text .ent-PERS");
        assertThat(person.getText()).isEqualTo("بيسكوف");
        // a quote is marked in pieces around the entities inside it: all pieces of quote 0 read as its content
        List<WebElement> pieces = browser.findElements(By.cssSelector(".article-text mark.q[data-quote='0']"));
        assertThat(pieces.stream().map(WebElement::getText).reduce("", String::concat))
                .isEqualTo("موسكو تحترم سيادة الولايات المتحدة الأمريكية");
        WebElement quote = pieces.get(0);
        assertThat(quote.getAttribute("title")).contains("دميتري بيسكوف").contains("وأضاف");
        assertThat(browser.findElement(By.cssSelector(".facts-section")).getText()).contains("Dmitry Peskov");
        shot("article");

        // follow the speaker to their page
        browser.findElement(By.cssSelector(".facts-section a[href^='/entity/']")).click();
        WebElement name = await(".entity-head h1");
        assertThat(name.getText()).isIn("دميتري بيسكوف", "بيسكوف");
        assertThat(browser.findElement(By.cssSelector(".entity-head")).getText()).contains("دميتري بيسكوف");
        assertThat(browser.findElement(By.cssSelector(".entity-head .latin")).getText()).isEqualTo("Dmitry Peskov");
        assertThat(browser.findElements(By.cssSelector(".timeline rect"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".network .node"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".quote-item"))).hasSize(2);
        shot("entity");
    }

    @Test
    void quoteExplorerFiltersByStanceAndExports() throws IOException {
        open("/quotes");
        await("table.quotes");
        assertThat(browser.findElements(By.cssSelector("table.quotes tbody tr"))).hasSize(4);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("stance"))).selectByValue("warn");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("stance=warn"));
        wait.until(d -> d.findElements(By.cssSelector("table.quotes tbody tr")).size() == 1);
        assertThat(browser.findElement(By.cssSelector("table.quotes tbody")).getText()).contains("أمريكا لا تفهم تونس");
        shot("quotes");

        open("/quotes?speaker=" + q("Peskov"));
        wait.until(d -> d.findElements(By.cssSelector("table.quotes tbody tr")).size() == 2);
        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "import('/js/views/quotes.js').then(m => fetch('/api/quotes?speaker=Peskov').then(r => r.json())"
                        + ".then(p => done(m.toCsv(p.items))));");
        assertThat(csv).contains("published,speakerName").contains("موسكو تحترم سيادة الولايات المتحدة الأمريكية");
    }

    @Test
    void pasteAndAnalyzeWithoutIngesting() throws IOException {
        open("/analyze");
        await("textarea").sendKeys("قال وزير الخارجية إن الاجتماع سيعقد في 10 كانون الثاني 2022 في جنيف.");
        browser.findElement(By.cssSelector("input[name=title]")).sendKeys("اجتماع في جنيف");
        browser.findElement(By.cssSelector("form.analyze-form button[type=submit]")).click();
        WebElement text = await(".analysis-output .article-text");
        assertThat(text.getText()).contains("الاجتماع سيعقد");
        WebElement date = await(".analysis-output .article-text .date");
        assertThat(date.getAttribute("data-value")).isEqualTo("2022-01-10");
        assertThat(browser.findElements(By.cssSelector(".analysis-output mark.q"))).isNotEmpty();
        shot("analyze");
        // nothing was added to the archive
        open("/?q=" + q("جنيف"));
        await(".results");
        assertThat(browser.findElements(By.cssSelector(".hit"))).isEmpty();
    }

    @Test
    void articleTextIsNeverRunAsMarkup() throws IOException {
        open("/article/xss");
        WebElement text = await(".article-text");
        assertThat(text.getText()).contains("<script>window.__pwned = 1</script>").contains("<img src=x onerror=");
        assertThat(browser.findElement(By.cssSelector(".article-title")).getText()).contains("<b>عريض</b>");
        assertThat(browser.findElements(By.cssSelector(".article-text script, .article-text img"))).isEmpty();
        Object pwned = ((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined ? null : window.__pwned;");
        assertThat(pwned).isNull();
        shot("hostile-article");
    }

    @Test
    void englishToggleSwitchesDirection() {
        open("/quotes");
        await("table.quotes");
        browser.findElement(By.id("lang-toggle")).click();
        wait.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(await("h1").getText()).isEqualTo("Quote explorer");
        browser.findElement(By.id("lang-toggle")).click();
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    }

    @Test
    void pageMakesNoExternalRequest() {
        open("/?q=" + q("روسيا"));
        await(".hit");
        Object external = ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin));");
        assertThat((List<?>) external).isEmpty();
        assertThat(EntityType.values()).isNotEmpty();
    }
}
