//! Every integration and browser test of Digikomp, in one binary.
//!
//! API tests run once on SQLite and once on PostgreSQL (`TEST_POSTGRES_URL`, which
//! `cargo xtask test` sets after starting a throwaway server). Browser tests drive headless
//! Chromium through chromedriver against the real trunk build in `dist/`.

mod helpers;

mod api;
mod browser;
mod checker;
mod i18n;
