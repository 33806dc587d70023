//! The organisation report.
