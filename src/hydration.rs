//! When prerendered markup may be hydrated.
//!
//! yew's hydration walks the markup expecting exactly the elements and
//! component markers (comments) its own first render makes, and panics at
//! the first that differs — which aborts the wasm and stops every widget on
//! the page. Markup differs when it was rendered by another version of the
//! widget (the moving `/0.1/` alias: docs/embedding.md, "Hosting the
//! files"), from other data or options (an attribute edited after
//! rendering), or when something rewrote it on its way into the page (a CMS
//! sanitiser stripping buttons or comments).
//!
//! So `highlight-cards render` (and the editor's export) stamps the markup
//! with all three (`data-hydrate="<version> <inputs> <shape>"`, [`Stamp`]), and the
//! embed hydrates only when the stamp matches the version it is, the data
//! and attributes it sees, and the markup actually in the page. Otherwise it
//! renders afresh from the embedded data, in place of the markup, and says
//! why ([`Stamp::check`]'s message) in the console and the `ready` event.
//! Both sides hash the same way: the functions here.

/// The renderer's version: markup from any other is re-rendered.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// 32-bit FNV-1a: tiny, and enough to tell changed inputs from unchanged
/// ones (this is a consistency check, not a defence against forgery: a page
/// can run any script it likes).
#[derive(Clone, Copy)]
pub struct Hash(u32);

impl Default for Hash {
    fn default() -> Self {
        Hash(0x811c_9dc5)
    }
}

impl Hash {
    /// Adds `text` and a separator, so that ("ab", "c") ≠ ("a", "bc").
    pub fn add(&mut self, text: &str) {
        for b in text.bytes().chain([0]) {
            self.0 = (self.0 ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }
}

/// What markup was rendered from: the embedded JSON exactly as it stands in
/// the page, and the host attributes that change the rendering (each `""`
/// when absent). `dir` (`ltr` or `rtl`, see `embed::host::dir`) counts
/// only when given, so markup rendered before it existed still hydrates.
pub fn inputs(data: &str, layout: &str, theme: &str, lang: &str, share: &str, dir: &str) -> u32 {
    let mut h = Hash::default();
    for part in [data, layout, theme, lang, share] {
        h.add(part);
    }
    if !dir.is_empty() {
        h.add(dir);
    }
    h.0
}

/// The shape of markup as yew's hydration reads it: elements (by local
/// name) and comments (yew's component markers), in document order. Text
/// is left out: yew replaces text nodes' values and creates missing ones.
#[derive(Default)]
pub struct Shape(Hash);

impl Shape {
    /// An element starts (its children follow, then [`Shape::close`]).
    pub fn open(&mut self, local_name: &str) {
        self.0.add("<");
        self.0.add(local_name);
    }

    /// The element opened last ends.
    pub fn close(&mut self) {
        self.0.add(">");
    }

    /// A comment.
    pub fn comment(&mut self, text: &str) {
        self.0.add("!");
        self.0.add(text);
    }

    pub fn finish(&self) -> u32 {
        self.0 .0
    }
}

/// A stamp of this version whose inputs hash is 0: checked against any
/// other inputs, it says the markup "was rendered from other data or
/// attributes" (the embed's verdict when the data at `src` has changed).
pub const OTHER_INPUTS: &str = concat!(env!("CARGO_PKG_VERSION"), " 0 0");

/// The `data-hydrate` value: version, inputs hash, shape hash.
pub struct Stamp;

impl Stamp {
    /// The attribute value `render` writes.
    pub fn write(inputs: u32, shape: u32) -> String {
        format!("{VERSION} {inputs:08x} {shape:08x}")
    }

    /// `Ok` when markup stamped `stamp` can be hydrated by this version with
    /// these inputs and this shape; otherwise why not, for the console and
    /// the `ready` event's warnings.
    pub fn check(stamp: &str, inputs: u32, shape: u32) -> Result<(), String> {
        let mut parts = stamp.split(' ');
        let (version, stamped_inputs, stamped_shape) = (parts.next(), parts.next(), parts.next());
        let hex = |s: Option<&str>| s.and_then(|s| u32::from_str_radix(s, 16).ok());
        let reason = match (version, hex(stamped_inputs), hex(stamped_shape)) {
            (Some(VERSION), Some(i), Some(s)) if i == inputs && s == shape => return Ok(()),
            (Some(VERSION), Some(i), Some(_)) if i != inputs => {
                "was rendered from other data or attributes".to_owned()
            }
            (Some(VERSION), Some(_), Some(_)) => {
                "was changed after rendering (elements or comments removed, by a sanitiser?)"
                    .to_owned()
            }
            (Some(v), Some(_), Some(_)) => format!("is from version {v}, this is {VERSION}"),
            _ => "has no data-hydrate stamp from highlight-cards render".to_owned(),
        };
        Err(format!(
            "prerendered markup {reason}; rendered afresh from its data"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(tags: &[&str]) -> u32 {
        let mut s = Shape::default();
        for t in tags {
            match *t {
                ">" => s.close(),
                t if t.starts_with('!') => s.comment(&t[1..]),
                t => s.open(t),
            }
        }
        s.finish()
    }

    #[test]
    fn a_stamp_matches_only_its_own_version_inputs_and_shape() {
        let inputs = inputs("{\"id\":\"a\"}", "list", "auto", "", "", "");
        let shape = tags(&["!<[X]>", "ol", "li", ">", ">", "!</[X]>"]);
        let stamp = Stamp::write(inputs, shape);
        assert!(stamp.starts_with(&format!("{VERSION} ")));
        assert_eq!(Stamp::check(&stamp, inputs, shape), Ok(()));

        let other_data = super::inputs("{\"id\":\"b\"}", "list", "auto", "", "", "");
        let other_layout = super::inputs("{\"id\":\"a\"}", "grid", "auto", "", "", "");
        let other_dir = super::inputs("{\"id\":\"a\"}", "list", "auto", "", "", "rtl");
        assert_ne!(inputs, other_dir);
        assert_ne!(other_data, inputs);
        assert_ne!(other_layout, inputs);
        let err = Stamp::check(&stamp, other_layout, shape).unwrap_err();
        assert!(err.contains("other data or attributes"), "{err}");

        // A sanitiser removed the <li>, or yew's markers.
        for changed in [
            tags(&["!<[X]>", "ol", ">", "!</[X]>"]),
            tags(&["ol", "li", ">", ">"]),
            tags(&["!<[X]>", "ol", ">", "li", ">", "!</[X]>"]),
        ] {
            assert_ne!(changed, shape);
            let err = Stamp::check(&stamp, inputs, changed).unwrap_err();
            assert!(err.contains("changed after rendering"), "{err}");
        }

        let old = format!("0.0.1 {inputs:08x} {shape:08x}");
        let err = Stamp::check(&old, inputs, shape).unwrap_err();
        assert!(err.contains("from version 0.0.1"), "{err}");

        for broken in ["", "x", &format!("{VERSION} {inputs:08x}")] {
            let err = Stamp::check(broken, inputs, shape).unwrap_err();
            assert!(err.contains("no data-hydrate stamp"), "{broken}: {err}");
        }
    }

    #[test]
    fn separators_keep_parts_apart() {
        assert_ne!(
            inputs("ab", "c", "", "", "", ""),
            inputs("a", "bc", "", "", "", "")
        );
        assert_ne!(tags(&["a", "b"]), tags(&["ab"]));
    }
}
