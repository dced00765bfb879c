package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: headless Chromium driven by Selenium, with the system's browser and driver named
 * explicitly so nothing is downloaded at run time. Each test loads a page as the demo user the seeds' screen is
 * for, checks the figures the seeds give, that the radar is drawn, performs one action and sees its effect, and
 * saves a screenshot under {@code target/screenshots/}.
 *
 * <p>Without Chromium the tests are skipped, naming the install command; on CI ({@code CI} set) a missing browser
 * fails the run instead, since {@code .ci/run} installs it.
 */
class BrowserPagesTest {
    static final String CHROMIUM = System.getProperty("lmskit.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("lmskit.chromedriver", "/usr/bin/chromedriver");
    private static final String INSTALL = "sudo apt-get install -y chromium chromium-driver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver browser;
    private LiveApp app;
    private String name;

    @BeforeAll
    static void startBrowser() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must run the browser tests: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (.ci/run installs them: " + INSTALL + ")");
        }
        Assumptions.assumeTrue(present, "browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                + "; install them with: " + INSTALL);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=fr-FR");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void startApp(TestInfo info) {
        app = LiveApp.start(LiveApp.Kind.IN_MEMORY);
        name = info.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void stopApp() throws IOException {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            app.close();
        }
    }

    // --- the landing page and the job view ---------------------------------------------------------------------

    @Test
    void a_new_user_opens_the_landing_page_picks_robert_redford_and_sees_his_radar_and_55_percent() {
        browser.get(url("/"));
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
        assertThat(text(By.tagName("h1"))).contains("lmskit");
        assertThat(browser.findElement(By.cssSelector("a[href='/api-docs']")).isDisplayed()).isTrue();
        browser.findElement(By.cssSelector("button[data-token='demo-robert']")).click();
        waitText(By.id("percent"), "55 %");
        assertThat(text(By.id("title"))).isEqualTo("Mon emploi : Conseiller Carrière Retraite");
        assertThat(browser.findElements(By.cssSelector("section.profile"))).hasSize(3);
        assertThat(paintedPixels("radar-all")).isGreaterThan(500);
        assertThat(paintedPixels("radar-0")).isGreaterThan(500);
        assertThat(text(By.id("who"))).contains("Robert Redford");
        // seed 000: the learner positions himself ("Me positionner"), as SELF only
        assertThat(text(By.id("position-button"))).isEqualTo("Me positionner");
        assertThat(new Select(browser.findElement(By.id("source"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("SELF");
    }

    @Test
    void a_manager_records_a_positioning_from_the_job_view_and_the_percentage_follows() {
        open("/pages/job-view.html?learner=robert-redford", "demo-manager");
        waitText(By.id("percent"), "55 %");
        WebElement gap = browser.findElement(By.xpath("//td[@data-col='status']/span[@class='status-GAP']/ancestor::tr/td[1]"));
        new Select(browser.findElement(By.id("competency"))).selectByVisibleText(
                gap.getText().replaceAll(" \\([^)]*\\)$", ""));
        assertThat(text(By.id("position-button"))).isEqualTo("Evaluer");
        new Select(browser.findElement(By.id("level"))).selectByVisibleText("Niveau 5");
        browser.findElement(By.cssSelector("#position button[type=submit]")).click();
        waitText(By.id("percent"), "64 %");
        assertThat(text(By.id("position-result"))).contains("Positionnement enregistré");
    }

    @Test
    void the_job_view_window_du_au_is_sent_to_the_api() {
        open("/pages/job-view.html?learner=robert-redford", "demo-manager");
        waitText(By.id("percent"), "55 %");
        // before any positioning was recorded, nothing is acquired
        setDate(By.id("to"), "2020-01-01");
        browser.findElement(By.cssSelector("#window button[type=submit]")).click();
        waitText(By.id("percent"), "0 %");
    }

    // --- the team view -----------------------------------------------------------------------------------------

    @Test
    void a_manager_sorts_the_team_by_percentage_and_drills_down_to_a_job_view() {
        open("/pages/team.html", "demo-manager");
        WebElement robert = waitFor(By.cssSelector("tr[data-learner='robert-redford'] td[data-col='percent']"));
        assertThat(robert.getText()).isEqualTo("55 % (6/11)");
        browser.findElement(By.cssSelector("button[data-sort='PERCENT']")).click();
        waitFor(By.cssSelector("button[data-sort='PERCENT'][aria-sort='ascending']"));
        List<Integer> ascending = percents();
        assertThat(ascending).isSorted();
        browser.findElement(By.cssSelector("button[data-sort='PERCENT']")).click();
        waitFor(By.cssSelector("button[data-sort='PERCENT'][aria-sort='descending']"));
        assertThat(percents()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        browser.findElement(By.cssSelector("tr[data-learner='robert-redford'] a")).click();
        waitText(By.id("percent"), "55 %");
        assertThat(browser.getCurrentUrl()).contains("job-view.html?learner=robert-redford");
    }

    @Test
    void a_learner_is_refused_the_team_view_and_the_page_says_so() {
        open("/pages/team.html", "demo-robert");
        WebElement refusal = waitFor(By.cssSelector("#problem .problem"));
        assertThat(refusal.getText()).startsWith("403 — Permission denied");
    }

    // --- interim reviews ---------------------------------------------------------------------------------------

    @Test
    void a_review_is_drafted_refused_without_the_confirmation_word_finalized_graded_and_unlocked_by_the_ddfpt() {
        open("/pages/reviews.html", "demo-manager");
        waitFor(By.cssSelector("#positions input"));
        type(By.id("findings"), "Constats");
        browser.findElement(By.cssSelector("#draft button[type=submit]")).click();
        waitText(By.id("review-status"), "Brouillon");
        assertThat(paintedPixels("comparison")).isGreaterThan(500);
        type(By.id("confirmation"), "oui");
        browser.findElement(By.cssSelector("#finalize button")).click();
        assertThat(waitFor(By.cssSelector("#review-result .problem")).getText()).startsWith("422");
        type(By.id("confirmation"), "CONFIRMATION");
        browser.findElement(By.cssSelector("#finalize button")).click();
        waitText(By.id("review-status"), "Définitif");
        assertThat(waitNot(By.id("grade"), "—")).matches("\\d+\\.\\d{2}");

        String review = browser.findElement(By.cssSelector("button[data-review]")).getAttribute("data-review");
        open("/pages/reviews.html", "demo-ddfpt");
        waitFor(By.cssSelector("button[data-review='" + review + "']")).click();
        waitText(By.id("review-status"), "Définitif");
        type(By.id("reason"), "erreur de saisie");
        browser.findElement(By.cssSelector("#unlock button")).click();
        waitText(By.id("review-status"), "Déverrouillé");
    }

    // --- tutoring centre ---------------------------------------------------------------------------------------

    @Test
    void a_tutor_reads_the_course_statistics_and_a_report_and_corrects_a_lesson() {
        open("/pages/tutoring.html", "demo-tutor");
        waitText(By.id("stat-learners"), "21");
        assertThat(text(By.id("stat-in-progress"))).isEqualTo("5");
        assertThat(text(By.id("stat-missions"))).isEqualTo("1");
        waitFor(By.cssSelector("button[data-learner='agasse-sam']")).click();
        waitText(By.id("report-title"), "Rapport de suivi : AGASSE Sam");
        assertThat(paintedPixels("progress-chart")).isGreaterThan(500);
        assertThat(text(By.id("report-summary"))).contains("83 %");
        new Select(browser.findElement(By.id("lesson"))).selectByValue("c01-observation");
        new Select(browser.findElement(By.id("status"))).selectByVisibleText("PASSED");
        type(By.id("score"), "80");
        browser.findElement(By.cssSelector("#correct button")).click();
        waitFor(By.cssSelector("#correct-result .notice"));
        WebElement row = waitFor(By.cssSelector("tr.lesson-c01-observation"));
        assertThat(row.getText()).contains("Réussi").contains("TUTOR").contains("80");
    }

    // --- recruitment -------------------------------------------------------------------------------------------

    @Test
    void a_recruiter_with_an_overdue_card_is_refused_the_pool_and_sees_the_card_highlighted() {
        open("/pages/recruitment.html", "demo-recruiter");
        browser.findElement(By.cssSelector("#search button")).click();
        WebElement refusal = waitFor(By.cssSelector("#pool-problem .problem"));
        assertThat(refusal.getText()).startsWith("422").contains("Concerne");
        assertThat(refusal.getAttribute("data-code")).isEqualTo("recruitment.pool.overdue-cards");
        WebElement overdue = waitFor(By.cssSelector("#portfolio tr.overdue"));
        assertThat(overdue.getText()).contains("Monsieur MBARKI Sofiane-Alsace / Bas-Rhin").contains("En retard");
    }

    @Test
    void a_recruiter_searches_the_pool_and_a_quick_action_moves_a_candidate_into_the_portfolio() {
        open("/pages/recruitment.html", "demo-luc");
        browser.findElement(By.cssSelector("#search button")).click();
        waitText(By.id("pool-total"), "4 candidat(s)");
        assertThat(text(By.id("pool"))).contains("CORBE").contains("POLMAN").doesNotContain("HATTERER");
        // several study levels at once, as the seed's check boxes: BAC_PLUS_5 or BAC, and under a year of experience
        Select levels = new Select(browser.findElement(By.id("studyLevel")));
        levels.selectByVisibleText("Bac + 5");
        levels.selectByVisibleText("Bac");
        new Select(browser.findElement(By.id("experience"))).selectByVisibleText("< 1 an");
        browser.findElement(By.cssSelector("#search button")).click();
        waitText(By.id("pool-total"), "1 candidat(s)");
        assertThat(text(By.id("pool"))).doesNotContain("CORBE");
        String candidate = browser.findElement(By.cssSelector("#pool button[data-candidate]")).getAttribute("data-candidate");
        // "Mettre en portefeuille pour étude ultérieure": a SAR card is created, the candidate leaves the pool
        browser.findElement(By.cssSelector("#pool button[data-candidate='" + candidate + "'][data-action='STUDY_LATER']")).click();
        assertThat(waitFor(By.cssSelector("#action-result .notice")).getText())
                .contains("Aucun - étude de la candidature en cours").contains("Etude en cours").contains("24/12/2026");
        waitText(By.id("pool-total"), "0 candidat(s)");
        waitFor(drv -> drv.findElement(By.id("portfolio")).getText().contains("Aucun - étude de la candidature en cours"));
        assertThat(text(By.id("portfolio"))).contains("HATTERER").contains("Candidat en vivier");
    }

    // --- sessions ----------------------------------------------------------------------------------------------

    @Test
    void a_pilot_sees_the_slots_and_waiting_list_and_the_daily_job_rotates_them() {
        open("/pages/sessions.html", "demo-pilot");
        waitFor(By.cssSelector("button[data-session='manpower-lyon-slots']")).click();
        waitText(By.id("session-title"), "Manpower - Lyon - Slots");
        assertThat(text(By.id("slots"))).contains("alice").contains("bob").contains("chloe");
        assertThat(browser.findElements(By.cssSelector("#waiting li"))).extracting(li -> li.getAttribute("data-user"))
                .containsExactly("david", "emma", "farid");
        assertThat(text(By.id("session-summary"))).contains("Rotation rythmée, tous les 10 jours (hors week-ends)");
        // "Libérer le slot": the freed slot goes at once to the first of the waiting list
        browser.findElement(By.cssSelector("button[data-release='chloe']")).click();
        waitFor(drv -> drv.findElement(By.id("slots")).getText().contains("david"));
        assertThat(text(By.id("slots"))).doesNotContain("chloe");
        assertThat(browser.findElements(By.cssSelector("#waiting li"))).extracting(li -> li.getAttribute("data-user"))
                .startsWith("emma", "farid").doesNotContain("david");
        // only an administrator runs the daily job: the pilot's attempt is refused, and shown
        setDate(By.id("day"), "2026-12-08");
        browser.findElement(By.cssSelector("#daily button")).click();
        assertThat(waitFor(By.cssSelector("#daily-result .problem")).getText()).startsWith("403");

        open("/pages/sessions.html", "demo-admin");
        waitFor(By.cssSelector("button[data-session='manpower-lyon-slots']")).click();
        waitText(By.id("session-title"), "Manpower - Lyon - Slots");
        setDate(By.id("day"), "2026-12-08");
        browser.findElement(By.cssSelector("#daily button")).click();
        assertThat(waitFor(By.id("daily-report")).getText()).contains("2026-12-08");
        waitFor(drv -> !drv.findElement(By.id("slots")).getText().contains("alice"));
        assertThat(text(By.id("slots"))).doesNotContain("bob").contains("emma").contains("farid");
    }

    // --- certification -----------------------------------------------------------------------------------------

    @Test
    void a_learner_sees_what_is_missing_for_the_case_study_and_takes_a_workshop_step() {
        open("/pages/certification.html", "demo-bob");
        waitText(By.id("eligible"), "Non");
        assertThat(text(By.id("missing-badges"))).contains("avoir-le-bon-etat-d-esprit");
        assertThat(text(By.id("workshops-summary"))).isEqualTo("2 réalisé(s) sur 3 obligatoire(s) — il en manque 1");
        assertThat(text(By.id("workshops"))).contains("atelier-3").contains("60 %");
        waitFor(By.cssSelector("button[data-workshop='atelier-3']")).click();
        waitFor(By.cssSelector("#step-result .notice"));
        waitFor(drv -> drv.findElement(By.id("workshops")).getText().contains("90 %"));
    }

    @Test
    void a_certified_learner_sees_gold_18_50_and_opens_the_open_badge() {
        open("/pages/certification.html", "demo-david");
        waitText(By.id("level"), "Or");
        assertThat(text(By.id("grade"))).isEqualTo("18.50");
        waitText(By.id("case-study"), "Corrigé");
        assertThat(text(By.id("case-study"))).contains("note 18.50 / 20").contains("certification Or");
        browser.findElement(By.id("badge-button")).click();
        waitFor(drv -> drv.findElement(By.id("badge")).isDisplayed());
        assertThat(text(By.id("badge"))).contains("OpenBadgeCredential").contains("AchievementSubject");
    }

    // --- keyboard and narrow windows ---------------------------------------------------------------------------

    @Test
    void the_pages_are_used_from_the_keyboard_and_fit_a_narrow_window() {
        browser.get(url("/"));
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
        WebElement manager = browser.findElement(By.cssSelector("button[data-token='demo-manager']"));
        // tab through the page until the manager's button has the focus, then press Enter
        for (int i = 0; i < 40 && !manager.equals(browser.switchTo().activeElement()); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(browser.switchTo().activeElement()).isEqualTo(manager);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("tr[data-learner='robert-redford']"));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(380, 800));
        try {
            for (var page : java.util.Map.of("/pages/team.html", "demo-manager", "/pages/job-view.html", "demo-robert",
                    "/pages/sessions.html", "demo-pilot", "/pages/recruitment.html", "demo-luc",
                    "/pages/tutoring.html", "demo-tutor").entrySet()) {
                open(page.getKey(), page.getValue());
                waitFor(By.tagName("table"));
                Number overflow = (Number) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow.intValue()).as("horizontal overflow of %s", page.getKey()).isLessThanOrEqualTo(0);
            }
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    // --- API docs ----------------------------------------------------------------------------------------------

    @Test
    void swagger_ui_renders_the_description() {
        browser.get(url("/api-docs"));
        waitFor(By.cssSelector(".opblock"));
        assertThat(browser.findElements(By.cssSelector(".opblock")).size()).isGreaterThan(100);
        assertThat(text(By.cssSelector(".info .title"))).contains("lmskit reference app");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    private void open(String path, String token) {
        browser.get(url(path + (path.contains("?") ? "&" : "?") + "as=" + token));
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    private static void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition::apply);
    }

    private static void waitText(By by, String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
                List<WebElement> found = d.findElements(by);
                return !found.isEmpty() && found.get(0).getText().contains(expected);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected " + by + " to show '" + expected + "', page says: "
                    + browser.findElement(By.tagName("main")).getText(), e);
        }
    }

    private static String waitNot(By by, String placeholder) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElement(by).getText().equals(placeholder));
        return text(by);
    }

    private static String text(By by) {
        return browser.findElement(by).getText();
    }

    private static void type(By by, String value) {
        WebElement input = browser.findElement(by);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    private static void setDate(By by, String isoDay) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(by), isoDay);
    }

    /** How many pixels of the canvas the chart painted (alpha above zero). */
    private static long paintedPixels(String canvasId) {
        waitFor(By.id(canvasId));
        Object count = ((JavascriptExecutor) browser).executeScript(
                "const c = document.getElementById(arguments[0]);"
                        + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;", canvasId);
        return ((Number) count).longValue();
    }

    private static List<Integer> percents() {
        return browser.findElements(By.cssSelector("td[data-col='percent']")).stream()
                .map(WebElement::getText).filter(t -> t.contains(" %"))
                .map(t -> Integer.parseInt(t.substring(0, t.indexOf(" %")))).toList();
    }
}
