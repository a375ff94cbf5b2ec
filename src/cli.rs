//! The native command-line tool; never part of the browser build.
//!
//! ```text
//! highlight-cards validate <data.json>...   check files; exit 0 ok, 1 invalid, 2 usage/IO error
//! highlight-cards render <data.json>        print the widget's HTML (same components as the browser)
//! highlight-cards schema                    print the JSON Schema of the data format
//! ```

use crate::{model, sources, ssr};
use std::process::ExitCode;

const USAGE: &str = "usage: highlight-cards <validate FILE... | render FILE | schema>";

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("schema") if args.len() == 1 => {
            println!("{}", schema_json());
            ExitCode::SUCCESS
        }
        Some("validate") if args.len() > 1 => validate(&args[1..]),
        Some("render") if args.len() == 2 => render(&args[1]),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The published JSON Schema, generated from the model's types.
fn schema_json() -> String {
    let schema = schemars::schema_for!(model::Collection);
    serde_json::to_string_pretty(&schema).expect("schema serialises")
}

fn load(path: &str) -> Result<Result<model::Validated, Vec<model::ModelError>>, ExitCode> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(sources::from_json_str(&text)),
        Err(e) => {
            eprintln!("{path}: cannot read: {e}");
            Err(ExitCode::from(2))
        }
    }
}

fn validate(paths: &[String]) -> ExitCode {
    let mut invalid = false;
    for path in paths {
        match load(path) {
            Err(code) => return code,
            Ok(Ok(v)) => {
                for w in &v.warnings {
                    println!("{path}: warning: {w}");
                }
                println!("{path}: ok ({} cards)", v.collection.cards.len());
            }
            Ok(Err(errors)) => {
                invalid = true;
                for e in &errors {
                    println!("{path}: error: {e}");
                }
            }
        }
    }
    if invalid {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn render(path: &str) -> ExitCode {
    match load(path) {
        Err(code) => code,
        Ok(Ok(v)) => {
            println!("{}", ssr::render_blocking(v.collection));
            ExitCode::SUCCESS
        }
        Ok(Err(errors)) => {
            for e in &errors {
                eprintln!("{path}: error: {e}");
            }
            ExitCode::from(1)
        }
    }
}
