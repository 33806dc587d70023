//! Plain HTTP for the bench's own requests (sign-in, finding ids, sequential timings, asset
//! sizes); the load itself comes from wrk.

use std::io::Read;
use std::time::{Duration, Instant};

/// One agent for every request, so connections are kept alive as a browser keeps them.
fn agent() -> &'static ureq::Agent {
    static AGENT: std::sync::OnceLock<ureq::Agent> = std::sync::OnceLock::new();
    AGENT.get_or_init(|| {
        ureq::AgentBuilder::new()
            .timeout(Duration::from_secs(30))
            .build()
    })
}

pub fn wait_for(url: &str) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if agent().get(url).call().is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Err(format!("the server did not answer {url}"))
}

/// Signs in with the seed's password and returns the session cookie (`name=value`).
/// Once per account and server: failed sign-ins are throttled.
pub fn sign_in(base: &str, email: &str) -> Result<String, String> {
    let body = serde_json::json!({ "email": email, "password": "seed" }).to_string();
    let response = agent()
        .post(&format!("{base}/api/auth/login"))
        .set("Content-Type", "application/json")
        .set("Origin", base)
        .send_string(&body)
        .map_err(|e| format!("sign-in as {email}: {e}"))?;
    let cookie = response
        .header("set-cookie")
        .and_then(|c| c.split(';').next())
        .ok_or("no session cookie")?;
    Ok(cookie.to_owned())
}

/// A GET read to its last byte, as the time counted is the time to the last byte.
pub fn get(base: &str, cookie: &str, path: &str) -> Result<(), String> {
    let response = agent()
        .get(&format!("{base}{path}"))
        .set("Cookie", cookie)
        .call()
        .map_err(|e| format!("{path}: {e}"))?;
    response
        .into_string()
        .map(|_| ())
        .map_err(|e| format!("{path}: {e}"))
}

pub fn get_json(base: &str, cookie: &str, path: &str) -> Result<serde_json::Value, String> {
    let response = agent()
        .get(&format!("{base}{path}"))
        .set("Cookie", cookie)
        .call()
        .map_err(|e| format!("{path}: {e}"))?;
    response.into_json().map_err(|e| format!("{path}: {e}"))
}

/// What the server sends for one file when the browser accepts `encoding`.
pub struct Transfer {
    pub body: Vec<u8>,
    /// `Content-Encoding`, or `identity` when the server sent the bytes as they are.
    pub encoding: String,
}

/// GET `path` with `Accept-Encoding: encoding`; ureq is built without decompression, so the
/// body is counted as it travelled.
pub fn fetch(base: &str, path: &str, encoding: &str) -> Result<Transfer, String> {
    let response = agent()
        .get(&format!("{base}{path}"))
        .set("Accept-Encoding", encoding)
        .call()
        .map_err(|e| format!("{path}: {e}"))?;
    let encoding = response
        .header("content-encoding")
        .unwrap_or("identity")
        .to_owned();
    let mut body = Vec::new();
    response
        .into_reader()
        .take(64 * 1024 * 1024)
        .read_to_end(&mut body)
        .map_err(|e| format!("{path}: {e}"))?;
    Ok(Transfer { body, encoding })
}
