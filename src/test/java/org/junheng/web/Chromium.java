package org.junheng.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven by Playwright, for the browser tests: pages signed in as a user, screenshots
 * under {@code target/screenshots}, and the two audits every page of the suite passes — no serious
 * accessibility violation (axe-core), and on a Chinese page no raw code or English word.
 */
final class Chromium implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    /** A word of Latin letters (an English word or a key such as {@code qualified_teachers_per_100}). */
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9_.@/-])"
            + "[A-Za-z][A-Za-z_]*[a-z_][A-Za-z_]*(?![A-Za-z0-9_])");
    /** A six-digit region code standing alone, not as part of a school code or a figure. */
    private static final Pattern BARE_REGION_CODE = Pattern.compile("(?<![0-9.,])[1-9][0-9]{5}(?![0-9.,])");
    /** Latin that belongs on a Chinese page: file formats, units, the product's and the accounts' names. */
    private static final Set<String> LATIN_ALLOWED = Set.of("junheng", "admin", "csv", "xlsx",
            "docx", "pdf", "html", "json", "api", "utf", "gbk", "english", "n", "km", "cv", "word", "excel");

    private final Playwright playwright;
    private final Browser browser;
    private final int port;
    private String axe;

    private Chromium(int port) {
        this.port = port;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    static Chromium start(int port) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Chromium(port);
    }

    /**
     * A page signed in as this user, in Chinese, on a desktop screen.
     *
     * @param bypassCsp lets the test inject its own scripts (the accessibility audit) into the pages
     */
    Page signedIn(String username, String password, boolean bypassCsp) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
                .setLocale("zh-CN").setBypassCSP(bypassCsp)).newPage();
        page.navigate(url("/"));
        assertThat(page.url()).endsWith("/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(address -> !address.contains("/login"));
        return page;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** The serious and critical WCAG 2 A/AA violations axe-core finds on the page (needs a page that bypasses CSP). */
    List<String> seriousAccessibilityViolations(Page page) {
        page.evaluate(axe());
        Map<?, ?> audit = (Map<?, ?>) page.evaluate("async () => { const r = await axe.run(document, "
                + "{runOnly: ['wcag2a', 'wcag2aa']}); return {passed: r.passes.length, serious: r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))}; }");
        assertThat(((Number) audit.get("passed")).intValue()).as("rules checked on %s", page.url()).isGreaterThan(10);
        return ((List<?>) audit.get("serious")).stream().map(String::valueOf).toList();
    }

    /**
     * What on a Chinese page is a raw code or an English word: keys of enumerations and indicators, English
     * words, bare region codes. What is Latin by nature is marked {@code translate="no"} (names, file names,
     * codes typed in rules) and left out, as are lists of choices and closed details.
     */
    static List<String> rawCodesAndEnglishWords(Page page) {
        String text = (String) page.evaluate("() => { const main = document.querySelector('main').cloneNode(true); "
                + "main.querySelectorAll('[translate=no], code, datalist, details:not([open]) > :not(summary)')"
                + ".forEach(e => e.remove()); return main.innerText; }");
        List<String> raw = new ArrayList<>();
        Matcher words = LATIN_WORD.matcher(text);
        while (words.find()) {
            if (!LATIN_ALLOWED.contains(words.group().toLowerCase(Locale.ROOT))) {
                raw.add(words.group());
            }
        }
        Matcher regions = BARE_REGION_CODE.matcher(text);
        while (regions.find()) {
            raw.add(regions.group());
        }
        return raw.stream().distinct().toList();
    }

    private String axe() {
        if (axe == null) {
            try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    @Override
    public void close() {
        playwright.close();
    }
}
