use super::*;

fn errors(text: &str) -> Vec<String> {
    match parse("kiosk.toml", text) {
        Ok(_) => Vec::new(),
        Err(d) => d.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn an_empty_file_gives_the_documented_defaults() {
    let c = parse("kiosk.toml", "").unwrap();
    assert_eq!(c, Config::default());
    assert_eq!((c.idle, c.warning, c.start), (90, 15, Locale::ZhHans));
}

#[test]
fn a_full_file_is_read() {
    let hash = pin::hash("2468").unwrap();
    let text = format!(
        "idle = 120\nwarning = 20\nlanguages = [\"en\", \"zh-Hans\"]\npin = \"{hash}\"\n\
         stats = \"/var/lib/ready/stats.jsonl\"\n[speak]\nzh-Hans = \"espeak-ng -v cmn\"\nen = \"espeak-ng -v en\"\n"
    );
    let c = parse("kiosk.toml", &text).unwrap();
    assert_eq!((c.idle, c.warning), (120, 20));
    assert_eq!(c.languages, [Locale::En, Locale::ZhHans]);
    assert_eq!(c.start, Locale::En, "the first language offered is the default");
    assert_eq!(c.pin.as_deref(), Some(hash.as_str()));
    assert_eq!(c.speak[&Locale::ZhHans], ["espeak-ng", "-v", "cmn"]);
    assert_eq!(c.stats, Some(PathBuf::from("/var/lib/ready/stats.jsonl")));
}

#[test]
fn every_mistake_is_reported_with_its_line_and_column() {
    assert_eq!(
        errors("idle = 5\nwarning = 200\nstart = \"fr\"\npin = \"1234\"\n"),
        [
            "kiosk.toml:1:8: `idle` must be 20 to 3600 seconds",
            "kiosk.toml:2:11: `warning` must be 3 seconds or more, and less than `idle` (90)",
            "kiosk.toml:3:9: unknown language `fr`: use zh-Hans or en",
            "kiosk.toml:4:7: `pin` must be a hash made by `ready kiosk --hash-pin`, never the PIN itself",
        ]
    );
    assert_eq!(
        errors("languages = [\"en\"]\nstart = \"zh-Hans\"\n"),
        ["kiosk.toml:2:9: `start` = \"zh-Hans\" is not one of `languages`"]
    );
    assert_eq!(
        errors("languages = []\n"),
        ["kiosk.toml:1:13: `languages` needs at least one language"]
    );
    assert_eq!(
        errors("[speak]\nen = \"  \"\n"),
        ["kiosk.toml:2:6: the speech command for en is empty"]
    );
}

#[test]
fn a_misspelt_setting_or_bad_syntax_names_its_place() {
    let e = errors("idle = 90\nidel_seconds = 30\n");
    assert_eq!(e.len(), 1);
    assert!(
        e[0].starts_with("kiosk.toml:2:1: unknown field `idel_seconds`"),
        "{e:?}"
    );
    assert_eq!(
        errors("idel = 90\n"),
        ["kiosk.toml:1:1: unknown field `idel`; did you mean `idle`?"]
    );
    let e = errors("idle = \n");
    assert!(e[0].starts_with("kiosk.toml:1:"), "{e:?}");
    let e = errors("idle = \"ninety\"\n");
    assert!(e[0].starts_with("kiosk.toml:1:8:"), "{e:?}");
}

/// What an operator typed is echoed in the diagnostics, which reach a
/// terminal and the kiosk's log: nothing typed may drive either.
#[test]
fn nothing_typed_in_the_file_reaches_a_diagnostic_raw() {
    for text in [
        "languages = [\"\\u001b[2J\"]\n",
        "start = \"\\u202e\"\n",
        "\"\\u009b\" = 2\n",
        "pin = \"\\u001b]0;x\\u0007\"\n",
        "[speak]\n\"\\u001b\" = \"x\"\n",
        "[speak]\nen = [\"\\u001b\"]\n",
    ] {
        let Err(diagnostics) = parse("kiosk.toml", text) else {
            panic!("accepted: {text}")
        };
        for d in &diagnostics {
            for locale in Locale::ALL {
                let line = d.in_locale(locale);
                assert!(!line.chars().any(crate::content::sanitize::is_forbidden), "{line:?}");
            }
        }
    }
}
