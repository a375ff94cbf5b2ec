//! The format's fields, listed once (as ripgrep's `flags/defs.rs` drives
//! parsing, help and completions from one table).
//!
//! One `fields!` invocation below gives:
//!
//! - each object's field names ([`COLLECTION`], [`CARD`], …), in the order
//!   messages list them: what [`read`](super::read) allows in an object
//!   (and names in "allowed here: …"). They are all the reader's wasm holds;
//! - [`TABLE`] (natively and in the editor): every field with its object,
//!   its [`Kind`], where the plain-HTML form carries it ([`Plain`]) and
//!   how the editor treats it ([`Editor`]).
//!   The plain-HTML writer's `data-rest` list, the Markdown importer's
//!   front-matter keys and the tests take their lists from it.
//!
//! The tests beside it fail when a field is added here but not to one of
//! its other uses, or there but not here: the serde types and the JSON
//! Schema generated from them, the reader (a document with every field
//! reads back whole), the text and URL walkers, the plain-HTML writer and
//! reader, the Markdown importer's front matter, and the editor's forms.

/// The objects of the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Object {
    /// The document: a collection of cards.
    Collection,
    /// `source`.
    Source,
    /// `cards[i]`.
    Card,
    /// `cards[i].photo`.
    Photo,
    /// `cards[i].photo.credit`, written as an object.
    Credit,
    /// `readMore[i]`.
    ReadMore,
}

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An identifier (letters, digits, `-`, `_`): not text a reader reads.
    Id,
    /// A BCP 47 language tag.
    Language,
    /// An ISO 8601 date or date-time.
    DateTime,
    /// Text a reader reads (NFC-normalised, translated by no one).
    Text,
    /// A list of texts a reader reads.
    Texts,
    /// A URL, absolute or relative to the data.
    Url,
    /// An HTML `srcset`: a list of URLs with descriptors.
    Srcset,
    /// An HTML `sizes` value.
    Sizes,
    /// A whole number.
    Count,
    /// `photo` or `source`.
    CreditKind,
    /// A credit text, or a [`Object::Credit`] object.
    Credit,
    /// One object.
    One(Object),
    /// A list of objects.
    List(Object),
}

/// Where the plain-HTML form (`render --plain`) carries a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plain {
    /// In its markup: an element, its text or an attribute.
    Shown,
    /// In the host's `data-rest` JSON, for the widget only.
    Rest,
}

/// How the editor's forms (`src/editor/forms.rs`, `card_form.rs`) treat a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editor {
    /// A form input edits it (objects and lists: their add and remove
    /// buttons, and their own fields' inputs).
    Input,
    /// Shown, not typed: it follows from other fields (a credit from the
    /// caption it ends).
    Derived,
    /// Kept as imported or loaded, not shown (`srcset`, `sizes`: written
    /// by image tools, not by hand).
    Kept,
}

/// One field of the format.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The object it belongs to.
    pub object: Object,
    /// Its name in JSON.
    pub name: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// Whether it must be present.
    pub required: bool,
    /// Where the plain-HTML form carries it.
    pub plain: Plain,
    /// How the editor treats it.
    pub editor: Editor,
}

macro_rules! fields {
    ($($object:ident $names:ident { $($name:literal: $kind:expr, $required:literal, $plain:ident, $editor:ident;)* })*) => {
        $(
            #[doc = concat!("The fields of [`Object::", stringify!($object), "`], in order.")]
            pub const $names: &[&str] = &[$($name),*];
        )*
        /// Every field of the format (see the module documentation).
        #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
        pub const TABLE: &[Field] = &[$($(Field {
            object: Object::$object,
            name: $name,
            kind: $kind,
            required: $required,
            plain: Plain::$plain,
            editor: Editor::$editor,
        },)*)*];
    };
}

fields! {
    Collection COLLECTION {
        "id": Kind::Id, true, Shown, Input;
        "language": Kind::Language, false, Shown, Input;
        "title": Kind::Text, true, Shown, Input;
        "kicker": Kind::Text, false, Shown, Input;
        "section": Kind::Text, false, Rest, Input;
        "dateline": Kind::Text, false, Rest, Input;
        "published": Kind::DateTime, false, Rest, Input;
        "intro": Kind::Text, false, Shown, Input;
        "attribution": Kind::Text, false, Shown, Input;
        "source": Kind::One(Object::Source), false, Rest, Input;
        "byline": Kind::Text, false, Rest, Input;
        "cards": Kind::List(Object::Card), true, Shown, Input;
        "readMore": Kind::List(Object::ReadMore), false, Rest, Input;
    }
    Source SOURCE {
        "name": Kind::Text, true, Rest, Input;
        "url": Kind::Url, false, Rest, Input;
    }
    Card CARD {
        "number": Kind::Count, false, Shown, Input;
        "section": Kind::Text, false, Shown, Input;
        "kicker": Kind::Text, false, Shown, Input;
        "headline": Kind::Text, true, Shown, Input;
        "photo": Kind::One(Object::Photo), false, Shown, Input;
        "body": Kind::Texts, false, Shown, Input;
    }
    Photo PHOTO {
        "src": Kind::Url, true, Shown, Input;
        "srcset": Kind::Srcset, false, Shown, Kept;
        "sizes": Kind::Sizes, false, Shown, Kept;
        "width": Kind::Count, false, Shown, Input;
        "height": Kind::Count, false, Shown, Input;
        "alt": Kind::Text, false, Shown, Input;
        "caption": Kind::Text, false, Shown, Input;
        "credit": Kind::Credit, false, Shown, Derived;
    }
    Credit CREDIT {
        "kind": Kind::CreditKind, true, Shown, Derived;
        "names": Kind::Texts, true, Shown, Derived;
        "agency": Kind::Text, false, Shown, Derived;
        "label": Kind::Text, false, Shown, Derived;
        "via": Kind::Text, false, Shown, Derived;
        "for": Kind::Text, false, Shown, Derived;
        "text": Kind::Text, false, Shown, Derived;
    }
    ReadMore READ_MORE {
        "title": Kind::Text, true, Rest, Input;
        "summary": Kind::Text, false, Rest, Input;
        "url": Kind::Url, false, Rest, Input;
    }
}

/// The fields of one object, in order.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub fn of(object: Object) -> impl Iterator<Item = &'static Field> {
    TABLE.iter().filter(move |f| f.object == object)
}

/// The collection's fields the plain-HTML form carries in `data-rest`.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub fn rest() -> impl Iterator<Item = &'static str> {
    of(Object::Collection)
        .filter(|f| f.plain == Plain::Rest)
        .map(|f| f.name)
}

/// The collection's fields a Markdown document's front matter sets (`key:
/// value` lines): all but its lists.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub fn front_matter() -> impl Iterator<Item = &'static str> {
    of(Object::Collection)
        .filter(|f| !matches!(f.kind, Kind::List(_)))
        .map(|f| f.name)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
