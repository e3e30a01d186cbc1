//! The shipped guide as build.rs left it: checked once at build time and
//! compiled in as statics, so a start reads it where it lies.

use serde::{Deserialize, Serialize};

use super::diagnostic::Diagnostic;
use super::load::LoadError;
use super::model::Guide;
use super::problem::Missing;

/// Why build.rs found no guide in `content/`, embedded as JSON so the binary
/// can still say it in the reader's language. (A valid guide is embedded as
/// statics instead: `embedded_guide::guide`.)
#[derive(Serialize, Deserialize)]
pub enum Shipped {
    Invalid(Vec<Diagnostic>),
    Missing(Missing),
}

/// The guide compiled into the binary.
pub fn embedded() -> Result<Guide, LoadError> {
    match crate::embedded_guide::guide() {
        Some(mut guide) => {
            guide.index();
            Ok(guide)
        }
        None => Err(problems(crate::embedded_guide::PROBLEMS)),
    }
}

fn problems(json: &str) -> LoadError {
    match serde_json::from_str(json) {
        Ok(Shipped::Invalid(diagnostics)) => LoadError::Invalid(diagnostics),
        Ok(Shipped::Missing(why)) => LoadError::Missing(why),
        // build.rs wrote it with the same types, so this is a damaged binary.
        Err(e) => LoadError::Missing(Missing::Damaged(e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The build embeds what the loader makes of `content/`, field for field,
    /// with its ids resolved.
    #[test]
    fn the_embedded_guide_is_the_content_directory_as_loaded() -> Result<(), String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let loaded = super::super::from_dir(&dir).map_err(|e| format!("{e:?}"))?;
        let embedded = embedded().map_err(|e| format!("{e:?}"))?;
        let json = |g: &Guide| serde_json::to_value(g).map_err(|e| e.to_string());
        assert_eq!(json(&embedded)?, json(&loaded)?);
        for (i, point) in embedded.points.iter().enumerate() {
            assert_eq!(embedded.point_index(&point.id), Some(i), "{}", point.id);
        }
        for category in &embedded.categories {
            let ids: Vec<&str> = embedded.points_in(category).map(|p| p.id.as_str()).collect();
            assert_eq!(ids, category.points, "{}", category.id);
        }
        Ok(())
    }

    #[test]
    fn a_damaged_blob_is_an_error_not_a_panic() {
        assert!(matches!(
            problems("{\"Invalid\":"),
            LoadError::Missing(Missing::Damaged(_))
        ));
        let invalid = r#"{"Invalid":[{"file":"guide.toml","line":1,"column":2,"problem":"NoGuide"}]}"#;
        assert!(matches!(problems(invalid), LoadError::Invalid(d) if d.len() == 1));
    }
}
