//! Dates written out in the interface language ("3 March 2027", "3 mars 2027") by the
//! browser's own `Intl`, so the WASM carries no calendar code.

use common::Lang;
use wasm_bindgen::JsValue;

fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "sv-SE",
        Lang::Nb => "nb-NO",
        Lang::En => "en-GB",
    }
}

fn long_date(lang: Lang, date: &js_sys::Date) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_date_string(locale(lang), &options).into()
}

/// A moment in Unix seconds as a date, in the browser's time zone.
pub fn from_unix(lang: Lang, seconds: i64) -> String {
    long_date(
        lang,
        &js_sys::Date::new(&JsValue::from_f64(seconds as f64 * 1000.0)),
    )
}

/// A calendar date `YYYY-MM-DD`, written out; the text itself if it is not such a date.
pub fn from_ymd(lang: Lang, ymd: &str) -> String {
    let mut parts = ymd.splitn(3, '-').map(|part| part.parse::<i32>().ok());
    match (parts.next(), parts.next(), parts.next()) {
        (Some(Some(year)), Some(Some(month)), Some(Some(day))) if year > 0 => {
            // Local midnight, so no time zone moves the day.
            let date = js_sys::Date::new_with_year_month_day(year as u32, month - 1, day);
            long_date(lang, &date)
        }
        _ => ymd.to_owned(),
    }
}

/// Now, in Unix seconds.
pub fn now() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}
