//! The organisation report in a real browser: the figures agree with the API, the trend has
//! a table beside its chart, the CSV link downloads the report in the interface language, axe
//! finds nothing, the page reflows at 320 px and the download is reached by keyboard.

use super::driver::{wait_until, Browser};
use super::sign_in::sign_in_by_keyboard;
use common::OrgReport;
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::Locator;

/// Text as WebDriver gives it, with the no-break spaces of "72 %" and "1 200" made plain.
fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ").trim().to_owned()
}

/// A count as Swedish writes it: "60", "1 200".
fn swedish_count(value: u32) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(digit);
    }
    out
}

/// The texts of a row's data cells.
async fn cells(row: &Element) -> Vec<String> {
    let mut texts = Vec::new();
    for cell in row.find_all(Locator::Css("td")).await.expect("cells") {
        texts.push(plain(&cell.text().await.unwrap_or_default()));
    }
    texts
}

async fn attr(element: &Element, name: &str) -> String {
    element
        .attr(name)
        .await
        .expect("attribute")
        .unwrap_or_default()
}

#[tokio::test]
async fn the_report_shows_the_apis_figures_and_downloads_by_keyboard() {
    let browser = Browser::start().await;
    browser.open("/login").await;
    // Once the app has started, so its first choice of language cannot overwrite this one.
    browser.wait_for("#login-email").await;
    browser.use_language("sv").await;
    sign_in_by_keyboard(&browser, "admin@exempelby.se").await;
    wait_until!(
        "the admin start page",
        browser.current_path().await == "/admin"
    );
    let admin = browser.app.demo_user("admin@exempelby.se").await;
    let municipality = browser.app.exempelby().await;
    let report: OrgReport = admin
        .get(format!(
            "{}/api/municipalities/{municipality}/report",
            browser.app.address
        ))
        .send()
        .await
        .expect("GET report")
        .json()
        .await
        .expect("OrgReport");
    assert!(report.all.people > 1, "the demo has staff in scope");

    browser.open("/admin/report").await;
    browser.wait_for("#report-units tbody tr").await;
    browser.wait_for("#report-trend tbody tr").await;
    assert_eq!(
        browser.text_of(".admin-menu a[aria-current='page']").await,
        "Organisationsrapport"
    );

    // The headline: "72 % av 60 anställda når alla miniminivåer som deras jobb kräver."
    let headline = browser.wait_for("#report-headline").await;
    assert_eq!(
        attr(&headline, "data-people").await,
        report.all.people.to_string()
    );
    assert_eq!(
        attr(&headline, "data-meeting").await,
        report.all.meeting.to_string()
    );
    assert_eq!(
        plain(&headline.text().await.expect("text")),
        format!(
            "{} % av {} anställda når alla miniminivåer som deras jobb kräver.",
            report.all.percent(),
            swedish_count(report.all.people)
        )
    );

    // The first unit is the municipality, counting everyone under it.
    let units = browser.find_all("#report-units tbody tr").await;
    assert_eq!(units.len(), report.units.len(), "one row per unit");
    let first = &report.units[0];
    assert_eq!(first.depth, 0);
    assert_eq!(attr(&units[0], "data-unit").await, first.id);
    let name = units[0]
        .find(Locator::Css("th"))
        .await
        .expect("row header")
        .text()
        .await
        .expect("text");
    assert_eq!(plain(&name), first.name);
    assert_eq!(
        cells(&units[0]).await,
        [
            swedish_count(first.all.people),
            swedish_count(first.all.meeting),
            format!("{} %", first.all.percent()),
        ]
    );
    assert_eq!(
        first.all, report.all,
        "the municipality is everyone in scope"
    );

    let competences = browser.find_all("#report-competences tbody tr").await;
    assert_eq!(competences.len(), report.competences.len());

    // The trend: a table of the months beside the chart, the last one written out in Swedish.
    let months = browser.find_all("#report-trend tbody tr").await;
    assert!(!months.is_empty(), "at least the current month");
    assert_eq!(months.len(), report.trend.len());
    let last = report.trend.last().expect("a month");
    let row = months.last().expect("a row");
    assert_eq!(attr(row, "data-month").await, last.month);
    let (year, month) = last.month.split_once('-').expect("YYYY-MM");
    let swedish_months = [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let month_name = swedish_months[month.parse::<usize>().expect("month") - 1];
    let written = row
        .find(Locator::Css("th"))
        .await
        .expect("row header")
        .text()
        .await
        .expect("text");
    assert_eq!(plain(&written), format!("{month_name} {year}"));
    assert_eq!(
        cells(row).await,
        [
            swedish_count(last.all.people),
            swedish_count(last.all.meeting),
            format!("{} %", last.all.percent()),
        ]
    );

    // The download: the report as CSV with Swedish headings, the session cookie going along.
    let link = browser.wait_for("#report-csv").await;
    let href = attr(&link, "href").await;
    assert_eq!(
        href,
        format!("/api/municipalities/{municipality}/report.csv?lang=sv")
    );
    assert!(
        link.attr("download").await.expect("attribute").is_some(),
        "the link downloads"
    );
    let csv = admin
        .get(format!("{}{href}", browser.app.address))
        .send()
        .await
        .expect("GET report.csv");
    assert_eq!(csv.status(), 200);
    let csv = csv.bytes().await.expect("CSV");
    assert!(csv.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with BOM for Excel");

    browser.assert_accessible("the organisation report").await;

    // By keyboard from the top of the page: Tab reaches the download.
    browser.client.refresh().await.expect("reload");
    browser.wait_for("#report-csv").await;
    let mut tabs = 0;
    while browser.focused_id().await != "report-csv" {
        browser.press(Key::Tab).await;
        tabs += 1;
        assert!(tabs < 40, "the CSV link cannot be reached with Tab");
    }

    // Reflow: at 320 CSS pixels only the tables' own regions scroll sideways.
    browser
        .client
        .set_window_size(320, 800)
        .await
        .expect("resize");
    browser.wait_for("#report-trend tbody tr").await;
    let widths = browser
        .client
        .execute(
            "const e = document.documentElement; return [e.scrollWidth, e.clientWidth];",
            vec![],
        )
        .await
        .expect("measure");
    let widths: Vec<i64> = serde_json::from_value(widths).expect("numbers");
    assert_eq!(
        widths[0], widths[1],
        "the report scrolls sideways at 320 px"
    );
    browser
        .assert_accessible("the organisation report at 320 px")
        .await;
    browser.close().await;
}
