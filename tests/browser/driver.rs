//! Headless Chromium through chromedriver, against the app serving the real trunk build.

use super::relay::Relay;
use crate::helpers::{root, Backend, TestApp};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const TIMEOUT: Duration = Duration::from_secs(20);

/// Polls until `check` holds, failing with `what` after the timeout; for conditions that
/// `wait_for` (an element appearing) cannot express.
macro_rules! wait_until {
    ($what:expr, $check:expr) => {{
        let deadline = std::time::Instant::now() + $crate::browser::driver::TIMEOUT;
        loop {
            if $check {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "timed out waiting for {}",
                $what
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }};
}
pub(crate) use wait_until;

pub struct Browser {
    pub client: Client,
    /// Shared by the browsers of one test that stand for several people (see [`Browser::beside`]).
    pub app: Arc<TestApp>,
    driver: Child,
    _profile: tempfile::TempDir,
    /// Every URL the browser has requested, once recording (see [`Browser::start_recording`]).
    recorded: Option<Mutex<Vec<String>>>,
    /// The line to the app that [`Browser::set_offline`] cuts, when started with
    /// [`Browser::start_with_a_line_to_cut`].
    relay: Option<Relay>,
}

impl Browser {
    /// Starts the app on the built `dist/`, a chromedriver on a free port and a browser.
    pub async fn start() -> Browser {
        Self::launch(None, false).await
    }

    /// [`Browser::start`], reaching the app through a [`Relay`], so that
    /// [`Browser::set_offline`] cuts the network for real.
    pub async fn start_with_a_line_to_cut() -> Browser {
        let mut browser = Self::launch(None, false).await;
        browser.relay = Some(Relay::start(&browser.app.address).await);
        browser
    }

    /// [`Browser::start`], keeping Chromium's performance log, from which
    /// [`Browser::requested_urls`] reads every request the browser makes.
    pub async fn start_recording() -> Browser {
        Self::launch(None, true).await
    }

    /// Another browser with its own profile on the same app: another person at another
    /// computer. It records its requests if this one does.
    pub async fn beside(&self) -> Browser {
        Self::launch(Some(self.app.clone()), self.recorded.is_some()).await
    }

    async fn launch(app: Option<Arc<TestApp>>, record: bool) -> Browser {
        let app = match app {
            Some(app) => app,
            None => {
                let dist = root().join("dist");
                assert!(
                    dist.join("index.html").exists(),
                    "dist/ is not built: run the tests with `cargo xtask test` (or `cargo xtask build` first)"
                );
                let app =
                    TestApp::spawn_with(Backend::Sqlite, &root().join("courses"), &dist).await;
                app.seed_demo().await;
                Arc::new(app)
            }
        };
        let port = free_port();
        let driver = Command::new(
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".to_owned()),
        )
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts (apt-get install chromium-driver, or run `cargo xtask test`)");
        let profile = tempfile::tempdir().expect("temp dir");
        let capabilities = serde_json::json!({
            "goog:chromeOptions": {
                "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned()),
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000",
                    format!("--user-data-dir={}", profile.path().display()),
                ]
            }
        });
        let mut capabilities = capabilities.as_object().expect("object").clone();
        if record {
            // Chromium's DevTools network events, read through the WebDriver log endpoint.
            capabilities.insert(
                "goog:loggingPrefs".to_owned(),
                serde_json::json!({ "performance": "ALL" }),
            );
        }
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(capabilities.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(err) if started.elapsed() > TIMEOUT => {
                    panic!("cannot start Chromium through chromedriver: {err}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        Browser {
            client,
            app,
            driver,
            _profile: profile,
            recorded: record.then(|| Mutex::new(Vec::new())),
            relay: None,
        }
    }

    /// Where the browser reaches the app: through the relay if there is one.
    pub fn address(&self) -> &str {
        self.relay
            .as_ref()
            .map_or(&self.app.address, |relay| &relay.address)
    }

    /// Opens a page of the app in Swedish, the default interface language.
    pub async fn open(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.address()))
            .await
            .expect("navigate");
    }

    /// Chooses the interface language the way a returning visitor's browser remembers it.
    /// The app stores its own first guess when it starts; if that lands after our choice (a
    /// page still starting when this is called), choose again until ours survives a reload.
    pub async fn use_language(&self, code: &str) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            self.client
                .execute(
                    "localStorage.setItem('digikomp.lang', arguments[0]);",
                    vec![code.into()],
                )
                .await
                .expect("set language");
            self.client.refresh().await.expect("reload");
            // After the reload the old page can no longer overwrite the choice, and the new one
            // keeps a stored choice: if it survived the reload, it holds.
            let stored = self
                .client
                .execute("return localStorage.getItem('digikomp.lang');", vec![])
                .await
                .expect("read language");
            if stored.as_str() == Some(code) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the app never showed language {code}"
            );
        }
    }

    /// Waits until an element matching `css` is in the page.
    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(TIMEOUT)
            .every(Duration::from_millis(50))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|err| panic!("{css} did not appear: {err}"))
    }

    /// The path of the page shown now.
    pub async fn current_path(&self) -> String {
        self.client
            .current_url()
            .await
            .expect("current URL")
            .path()
            .to_owned()
    }

    /// The text of the first element matching `css` ("" when there is none).
    pub async fn text_of(&self, css: &str) -> String {
        match self.client.find(Locator::Css(css)).await {
            Ok(element) => element.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// The texts of every element matching `css`.
    pub async fn texts_of(&self, css: &str) -> Vec<String> {
        let mut texts = Vec::new();
        for element in self.find_all(css).await {
            texts.push(element.text().await.unwrap_or_default());
        }
        texts
    }

    /// Types into whatever has focus.
    pub async fn type_text(&self, text: &str) {
        let active = self.client.active_element().await.expect("focus");
        active.send_keys(text).await.expect("type");
    }

    /// Replaces the text of the field `css` by typing.
    pub async fn fill(&self, css: &str, value: &str) {
        let field = self.wait_for(css).await;
        field.clear().await.expect("clear");
        field.send_keys(value).await.expect("type");
    }

    pub async fn find_all(&self, css: &str) -> Vec<Element> {
        self.client
            .find_all(Locator::Css(css))
            .await
            .expect("find elements")
    }

    /// Presses a key on whatever has focus, as a keyboard user would.
    pub async fn press(&self, key: Key) {
        let active = self
            .client
            .active_element()
            .await
            .expect("an active element");
        active.send_keys(&key.to_string()).await.expect("send key");
    }

    /// The id of the focused element ("" when it has none).
    pub async fn focused_id(&self) -> String {
        let active = self
            .client
            .active_element()
            .await
            .expect("an active element");
        active
            .attr("id")
            .await
            .expect("id attribute")
            .unwrap_or_default()
    }

    /// Runs axe-core (from npm) in the page and fails on any violation.
    pub async fn assert_accessible(&self, page: &str) {
        let axe = std::fs::read_to_string(root().join("node_modules/axe-core/axe.min.js"))
            .expect("node_modules/axe-core is installed (npm ci, done by `cargo xtask test`)");
        self.client
            .execute(&axe, vec![])
            .await
            .expect("inject axe-core");
        let script = "const done = arguments[arguments.length - 1];\
            axe.run(document, { resultTypes: ['violations'] })\
              .then(r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)))\
              .catch(e => done(['axe failed: ' + e]));";
        let violations = self
            .client
            .execute_async(script, vec![])
            .await
            .expect("run axe-core");
        let violations: Vec<String> =
            serde_json::from_value(violations).expect("list of violations");
        assert!(
            violations.is_empty(),
            "axe-core found violations on {page}:\n{}",
            violations.join("\n")
        );
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}

/// A Chromium DevTools command sent through chromedriver's `goog/cdp/execute`.
#[derive(Debug)]
struct DevTools {
    cmd: &'static str,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for DevTools {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    /// Cuts the page's network (or restores it) with the DevTools protocol, as the
    /// "Offline" switch of Chromium's developer tools does (the page is told it is offline);
    /// and cuts the line to the app if the browser has one, so that nothing the service
    /// worker passes on gets through either.
    pub async fn set_offline(&self, offline: bool) {
        if let Some(relay) = &self.relay {
            relay.set_cut(offline);
        }
        self.devtools("Network.enable", serde_json::json!({})).await;
        let conditions = serde_json::json!({
            "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1
        });
        self.devtools("Network.emulateNetworkConditions", conditions)
            .await;
    }

    /// Sends one DevTools command, such as `Emulation.setEmulatedMedia`.
    pub async fn devtools(&self, cmd: &'static str, params: serde_json::Value) {
        self.client
            .issue_cmd(DevTools { cmd, params })
            .await
            .unwrap_or_else(|err| panic!("DevTools {cmd}: {err}"));
    }
}

/// Chromium's log of one type, which chromedriver empties as it hands it over.
#[derive(Debug)]
struct Log(&'static str);

impl fantoccini::wd::WebDriverCompatibleCommand for Log {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "type": self.0 });
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    /// Every URL the browser has asked for since it started: each request its pages sent
    /// (`Network.requestWillBeSent` in the performance log), redirects and WebSockets too.
    pub async fn requested_urls(&self) -> Vec<String> {
        let recorded = self
            .recorded
            .as_ref()
            .expect("a browser started with Browser::start_recording");
        let entries = self
            .client
            .issue_cmd(Log("performance"))
            .await
            .expect("the performance log");
        let mut urls = Vec::new();
        for entry in entries.as_array().into_iter().flatten() {
            let Some(message) = entry["message"].as_str() else {
                continue;
            };
            let event: serde_json::Value = serde_json::from_str(message).expect("a DevTools event");
            let event = &event["message"];
            let url = match event["method"].as_str() {
                Some("Network.requestWillBeSent") => &event["params"]["request"]["url"],
                Some("Network.webSocketCreated") => &event["params"]["url"],
                _ => continue,
            };
            urls.extend(url.as_str().map(str::to_owned));
        }
        let mut recorded = recorded.lock().expect("lock");
        recorded.extend(urls);
        recorded.clone()
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}
