//! Markdown, to a documented convention (docs/data-format.md, "Markdown"): front matter
//! for the collection's fields, `# Title`, an intro paragraph, `## 1.
//! Headline` per card, `### Section` before the card it opens, `> kicker`,
//! `![alt](src "caption (Ảnh: X)")` for the photo, paragraphs for the
//! body, a parenthesised attribution and a `## Đọc thêm` (`## Read more`…)
//! list after the cards. Parsed by pulldown-cmark (CommonMark); every block
//! not fitting the convention is a [`Note`] with its line, never dropped silently.
//!
//! A small state machine over pulldown-cmark's events (`Reader`): blocks
//! open and close, inline elements nest on a stack, headings place the
//! title, the cards, their sections and the read-more list. One file: one
//! pass over the events, and what places each block beside the state it changes.

use super::{excerpt, is_read_more, slug, Imported, Note};
use crate::model::inline::{self, Inline};
use crate::model::{Card, Collection, Photo, ReadMore, Source};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Where the reader is in the document.
#[derive(PartialEq)]
enum Part {
    /// Before the first card: title and intro.
    Head,
    /// Inside card `cards.last()`.
    Card,
    /// The "Đọc thêm" list.
    ReadMore,
}

/// A block being read: its inline content, and an image if it holds one.
#[derive(Default)]
struct Block {
    /// Inline content, nested elements open on the stack.
    stack: Vec<Vec<Inline>>,
    /// `(src, title, alt)` of an image in the block.
    image: Option<(String, String, String)>,
    /// Whether text appeared outside the image.
    other_text: bool,
    /// Inside the image's alt text.
    in_image: bool,
    /// The block's first element is emphasis covering all of it.
    emphasis_only: bool,
}

impl Block {
    fn nodes(mut self) -> Vec<Inline> {
        self.stack.drain(..).next().unwrap_or_default()
    }
}

/// Reads Markdown written to the convention; see the module documentation.
pub fn import(input: &str) -> Imported {
    let mut notes = Vec::new();
    let mut c = Collection::draft();
    let (body_start, had_id, front_title) = front_matter(input, &mut c, &mut notes);
    let line_of = |offset: usize| {
        input[..(body_start + offset).min(input.len())]
            .matches('\n')
            .count()
            + 1
    };
    let mut reader = Reader {
        c,
        notes,
        front_title,
        part: Part::Head,
        pending_section: None,
        block: None,
        block_line: 0,
        heading: None,
        quote_depth: 0,
        list_item: false,
        skipping: 0,
    };
    let body = &input[body_start..];
    for (event, range) in Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter() {
        reader.event(event, line_of(range.start));
    }
    reader.finish(input, had_id)
}

/// The reader's state between pulldown-cmark's events: where it is in the
/// document, the block being read, what it skips.
struct Reader {
    c: Collection,
    notes: Vec<Note>,
    /// The front matter gave the title (a `# Title` then is noted).
    front_title: bool,
    part: Part,
    /// A `### Section` waiting for the card it opens.
    pending_section: Option<String>,
    block: Option<Block>,
    block_line: usize,
    heading: Option<HeadingLevel>,
    quote_depth: usize,
    list_item: bool,
    /// Blocks of other kinds (tables, code, HTML, lists outside "Đọc
    /// thêm"): skipped whole, noted once at their first line.
    skipping: usize,
}

impl Reader {
    /// One event at `line`.
    fn event(&mut self, event: Event<'_>, line: usize) {
        if self.skipping > 0 {
            match event {
                Event::Start(_) => self.skipping += 1,
                Event::End(_) => self.skipping -= 1,
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                self.heading = Some(level);
                self.open_block(line);
            }
            Event::Start(Tag::Paragraph) => self.open_block(line),
            Event::Start(Tag::BlockQuote(_)) => self.quote_depth += 1,
            Event::End(TagEnd::BlockQuote(_)) => {
                self.quote_depth = self.quote_depth.saturating_sub(1)
            }
            Event::Start(Tag::List(_)) if self.part == Part::ReadMore => {}
            Event::End(TagEnd::List(_)) => {}
            Event::Start(Tag::Item) if self.part == Part::ReadMore => {
                self.list_item = true;
                self.open_block(line);
            }
            Event::End(TagEnd::Item) if self.list_item => {
                self.list_item = false;
                if let Some(b) = self.block.take() {
                    read_more_item(b.nodes(), self.block_line, &mut self.c, &mut self.notes);
                }
            }
            Event::Start(
                tag @ (Tag::Emphasis | Tag::Strong | Tag::Link { .. } | Tag::Strikethrough),
            ) => self.inline_start(tag),
            Event::End(
                end @ (TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link | TagEnd::Strikethrough),
            ) => self.inline_end(end),
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => self.image(dest_url.to_string(), title.to_string(), line),
            Event::End(TagEnd::Image) => {
                if let Some(b) = self.block.as_mut() {
                    b.in_image = false;
                }
            }
            Event::Text(t) | Event::Code(t) => self.text(&t),
            Event::SoftBreak | Event::HardBreak => {
                if let Some(top) = self.block.as_mut().and_then(|b| b.stack.last_mut()) {
                    top.push(Inline::Text(" ".to_owned()));
                }
            }
            Event::End(TagEnd::Heading(_)) => self.heading_end(line),
            Event::End(TagEnd::Paragraph) => {
                if let Some(b) = self.block.take() {
                    let quoted = self.quote_depth > 0;
                    let (c, notes) = (&mut self.c, &mut self.notes);
                    paragraph(b, self.block_line, quoted, &mut self.part, c, notes);
                }
            }
            Event::Start(
                tag @ (Tag::Table(_)
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::List(_)
                | Tag::FootnoteDefinition(_)
                | Tag::Item),
            ) => self.skip(&tag, line),
            Event::Html(_) | Event::InlineHtml(_) => {
                self.notes.push(Note::new(line, "not placed: HTML"));
            }
            _ => {}
        }
    }

    fn open_block(&mut self, line: usize) {
        self.block = Some(Block {
            stack: vec![Vec::new()],
            ..Block::default()
        });
        self.block_line = line;
    }

    /// Emphasis, strong, a link or strikethrough opens (ignored inside an
    /// image's alt text).
    fn inline_start(&mut self, tag: Tag<'_>) {
        let Some(b) = self.block.as_mut().filter(|b| !b.in_image) else {
            return;
        };
        if matches!(tag, Tag::Emphasis)
            && b.stack.len() == 1
            && b.stack[0].is_empty()
            && b.image.is_none()
        {
            b.emphasis_only = true;
        }
        b.stack.push(Vec::new());
        // The link's destination is kept for the end event.
        if let (Tag::Link { dest_url, .. }, Some(top)) = (tag, b.stack.last_mut()) {
            top.push(Inline::Text(format!("\u{0}{dest_url}")));
        }
    }

    fn inline_end(&mut self, end: TagEnd) {
        let Some(b) = self.block.as_mut().filter(|b| !b.in_image) else {
            return;
        };
        let mut children = b.stack.pop().unwrap_or_default();
        let node = match end {
            TagEnd::Emphasis => Inline::Emphasis(children),
            TagEnd::Strong => Inline::Strong(children),
            TagEnd::Link => {
                let href = match children.first() {
                    Some(Inline::Text(t)) if t.starts_with('\u{0}') => t[1..].to_owned(),
                    _ => String::new(),
                };
                children.remove(0);
                Inline::Link { href, children }
            }
            _ => Inline::Emphasis(children),
        };
        if let Some(parent) = b.stack.last_mut() {
            parent.push(node);
        }
    }

    fn image(&mut self, src: String, title: String, line: usize) {
        let Some(b) = self.block.as_mut() else {
            return;
        };
        if b.image.is_some() {
            self.notes.push(Note::new(
                line,
                "a second image in one paragraph: not placed",
            ));
        } else {
            b.image = Some((src, title, String::new()));
        }
        b.in_image = true;
    }

    fn text(&mut self, t: &str) {
        let Some(b) = self.block.as_mut() else {
            return;
        };
        if b.in_image {
            if let Some(image) = b.image.as_mut() {
                image.2.push_str(t);
            }
            return;
        }
        if !t.trim().is_empty() {
            b.other_text = true;
        }
        if let Some(top) = b.stack.last_mut() {
            top.push(Inline::Text(t.to_owned()));
        }
    }

    /// A heading ends: the title, a card, a section or the read-more list.
    fn heading_end(&mut self, line: usize) {
        let level = self.heading.take();
        let nodes = self.block.take().map(Block::nodes).unwrap_or_default();
        let text = inline::plain_text(&nodes).trim().to_owned();
        let head = self.part == Part::Head;
        match level {
            Some(HeadingLevel::H1) if head && self.c.title.is_empty() => self.c.title = text,
            Some(HeadingLevel::H1) if head && self.front_title => self.notes.push(Note::new(
                line,
                format!(
                    "title given twice: the front matter's is kept, not “{}”",
                    excerpt(&text)
                ),
            )),
            Some(HeadingLevel::H2) if is_read_more(&text) => {
                take_attribution(&mut self.c);
                self.part = Part::ReadMore;
            }
            Some(HeadingLevel::H2) if self.part != Part::ReadMore => self.card(&text, line),
            Some(HeadingLevel::H3) if self.part != Part::ReadMore => {
                if let Some(previous) = self.pending_section.replace(text) {
                    self.notes.push(Note::new(
                        line,
                        format!(
                            "section “{}” has no card after it: not placed",
                            excerpt(&previous)
                        ),
                    ));
                }
            }
            _ => self.notes.push(Note::new(
                line,
                format!("heading not placed: “{}”", excerpt(&text)),
            )),
        }
    }

    /// `## 1. Headline`: a card (its number noted when out of order).
    fn card(&mut self, text: &str, line: usize) {
        let (number, headline) = numbered(text);
        let expected = self.c.cards.len() as u32 + 1;
        if let Some(n) = number.filter(|&n| n != expected) {
            self.notes.push(Note::new(
                line,
                format!("card numbered {n} where {expected} was expected: kept"),
            ));
        }
        self.c.cards.push(Card {
            section: self.pending_section.take(),
            headline,
            ..Card::draft(number.unwrap_or(expected))
        });
        self.part = Part::Card;
    }

    /// A block of a kind the convention has no place for: noted, skipped whole.
    fn skip(&mut self, tag: &Tag<'_>, line: usize) {
        let what = match tag {
            Tag::Table(_) => "a table",
            Tag::CodeBlock(_) => "a code block",
            Tag::HtmlBlock => "an HTML block",
            Tag::List(_) | Tag::Item => "a list outside “Đọc thêm”",
            _ => "a footnote",
        };
        self.notes
            .push(Note::new(line, format!("not placed: {what}")));
        self.skipping = 1;
    }

    /// After the last event: what is left over, the id, the language.
    fn finish(mut self, input: &str, had_id: bool) -> Imported {
        let (c, notes) = (&mut self.c, &mut self.notes);
        take_attribution(c);
        if let Some(section) = self.pending_section.take() {
            notes.push(Note::new(
                0,
                format!(
                    "section “{}” has no card after it: not placed",
                    excerpt(&section)
                ),
            ));
        }
        if c.title.is_empty() {
            notes.push(Note::new(
                0,
                "no title: start with “# Title” or give `title:` in the front matter",
            ));
        }
        if c.cards.is_empty() {
            notes.push(Note::new(0, "no cards: start each with “## 1. Headline”"));
        }
        if !had_id {
            c.id = slug(&c.title);
        }
        // No `language:` in the front matter: the text's, as article text's.
        if !input
            .lines()
            .any(|l| l.trim_start().starts_with("language:"))
        {
            if let Some(l) = super::text::lang::detect(input) {
                c.language = l.to_owned();
                notes.push(Note::new(
                    0,
                    format!("language: “{l}”, detected from the text (its script and common words); if that is wrong, set it (--lang, or the language field)"),
                ));
            }
        }
        self.notes.sort_by_key(|n| n.line);
        Imported {
            collection: self.c,
            notes: self.notes,
        }
    }
}

/// A paragraph, placed by where it is.
fn paragraph(
    b: Block,
    line: usize,
    quoted: bool,
    part: &mut Part,
    c: &mut Collection,
    notes: &mut Vec<Note>,
) {
    let (image, other, emphasis_only) = (b.image.clone(), b.other_text, b.emphasis_only);
    let nodes = b.nodes();
    let text = inline::plain_text(&nodes).trim().to_owned();
    let card = if *part == Part::Card {
        c.cards.last_mut()
    } else {
        None
    };
    match card {
        Some(card)
            if quoted && card.kicker.is_none() && card.photo.is_none() && card.body.is_empty() =>
        {
            card.kicker = Some(text);
        }
        Some(card) if image.is_some() && !other => {
            let (src, title, alt) = image.unwrap_or_default();
            if card.photo.is_some() {
                notes.push(Note::new(line, "a second photo in one card: not placed"));
            } else {
                card.photo = Some(Photo {
                    src,
                    alt: (!alt.trim().is_empty()).then(|| alt.trim().to_owned()),
                    caption: (!title.trim().is_empty()).then(|| title.trim().to_owned()),
                    ..Photo::draft()
                });
            }
        }
        Some(card)
            if emphasis_only
                && card.body.is_empty()
                && card.photo.as_ref().is_some_and(|p| p.caption.is_none()) =>
        {
            // "*caption (Nguồn: TTXVN)*" right under a photo without a title.
            if let Some(p) = card.photo.as_mut() {
                p.caption = Some(text);
            }
        }
        Some(card) if !quoted => {
            if image.is_some() {
                notes.push(Note::new(
                    line,
                    "an image inside a paragraph: only its text is kept",
                ));
            }
            card.body.push(inline::to_source(&nodes).trim().to_owned());
        }
        _ if *part == Part::Head && !quoted && c.intro.is_none() && !text.is_empty() => {
            c.intro = Some(text);
        }
        _ if *part != Part::Head
            && text.starts_with('(')
            && text.ends_with(')')
            && c.attribution.is_none() =>
        {
            c.attribution = Some(text[1..text.len() - 1].trim().to_owned());
            // After the attribution, nothing more belongs to the last card.
            *part = Part::ReadMore;
        }
        _ => notes.push(Note::new(line, format!("not placed: “{}”", excerpt(&text)))),
    }
}

/// After the cards, a paragraph wholly in parentheses is the attribution
/// (the last card's last paragraph, as the parser first reads it).
fn take_attribution(c: &mut Collection) {
    if c.attribution.is_some() {
        return;
    }
    let Some(card) = c.cards.last_mut() else {
        return;
    };
    let last = card
        .body
        .last()
        .map(|p| inline::plain_text(&inline::parse(p)));
    if let Some(text) = last.filter(|t| t.starts_with('(') && t.ends_with(')') && t.len() > 2) {
        card.body.pop();
        c.attribution = Some(text[1..text.len() - 1].trim().to_owned());
    }
}

/// `[Title](url) — summary`, `**Title** — summary`, or a title alone.
fn read_more_item(nodes: Vec<Inline>, line: usize, c: &mut Collection, notes: &mut Vec<Note>) {
    let mut url = None;
    let mut title = String::new();
    let mut rest = Vec::new();
    for (i, node) in nodes.into_iter().enumerate() {
        match node {
            Inline::Link { href, children } if i == 0 => {
                url = Some(href);
                title = inline::plain_text(&children);
            }
            Inline::Strong(children) if i == 0 => title = inline::plain_text(&children),
            other => rest.push(other),
        }
    }
    let rest = inline::plain_text(&rest);
    let rest = rest.trim();
    let summary = rest
        .strip_prefix('—')
        .or_else(|| rest.strip_prefix('–'))
        .or_else(|| rest.strip_prefix("- "))
        .or_else(|| rest.strip_prefix(':'))
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty());
    if title.is_empty() {
        // A plain line: the whole of it is the title.
        title = rest.to_owned();
    } else if summary.is_none() && !rest.is_empty() {
        notes.push(Note::new(
            line,
            format!(
                "read more: “{}” is not “— summary”: not placed",
                excerpt(rest)
            ),
        ));
    }
    if title.trim().is_empty() {
        notes.push(Note::new(
            line,
            "read more: an item with no title: not placed",
        ));
        return;
    }
    c.read_more.push(ReadMore {
        title: title.trim().to_owned(),
        summary,
        url,
    });
}

/// "1. Headline" or "1) Headline" → (Some(1), "Headline").
fn numbered(text: &str) -> (Option<u32>, String) {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        let rest = &text[digits.len()..];
        if let Some(headline) = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')')) {
            return (digits.parse().ok(), headline.trim().to_owned());
        }
    }
    (None, text.to_owned())
}

/// `---` … `---` at the very top: `key: value` lines. Returns where the
/// Markdown starts, whether it set `id`, and whether it set `title`.
fn front_matter(input: &str, c: &mut Collection, notes: &mut Vec<Note>) -> (usize, bool, bool) {
    let mut lines = input.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return (0, false, false);
    };
    if first.trim_end() != "---" {
        return (0, false, false);
    }
    let mut offset = first.len();
    let (mut id, mut title) = (false, false);
    for (i, line) in lines.enumerate() {
        let no = i + 2;
        offset += line.len();
        let text = line.trim();
        if text == "---" {
            return (offset, id, title);
        }
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let Some((key, value)) = text.split_once(':') else {
            notes.push(Note::new(
                no,
                format!("front matter: “{}” is not `key: value`", excerpt(text)),
            ));
            continue;
        };
        let (key, value) = (key.trim(), value.trim().trim_matches('"').to_owned());
        let value_opt = (!value.is_empty()).then(|| value.clone());
        match key {
            "id" => {
                c.id = value;
                id = true;
            }
            "language" => c.language = value,
            "title" => {
                c.title = value;
                title = true;
            }
            "kicker" => c.kicker = value_opt,
            "section" => c.section = value_opt,
            "dateline" => c.dateline = value_opt,
            "published" => c.published = value_opt,
            "intro" => c.intro = value_opt,
            "attribution" => c.attribution = value_opt,
            "byline" => c.byline = value_opt,
            "source" => {
                // "Name" or "Name <https://…>".
                c.source = value_opt.map(|v| match v.split_once('<') {
                    Some((name, url)) => Source {
                        name: name.trim().to_owned(),
                        url: Some(url.trim_end_matches('>').trim().to_owned()),
                    },
                    None => Source { name: v, url: None },
                });
            }
            other => notes.push(Note::new(
                no,
                format!(
                    "front matter: unknown key `{other}` (known: {})",
                    crate::model::fields::front_matter()
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )),
        }
    }
    notes.push(Note::new(
        1,
        "front matter: no closing `---`; read as Markdown",
    ));
    (0, false, false)
}

#[cfg(test)]
mod tests;
