//! Inline formatting in body paragraphs: a small subset of Markdown's inline
//! syntax, so JSON text can link to its sources and stress a word.
//!
//! | write | get |
//! |---|---|
//! | `**strong**` | **strong** |
//! | `*emphasis*` or `_emphasis_` | *emphasis* |
//! | `[link text](https://…)` | a link (http(s), `mailto:` or relative) |
//! | `<https://…>` | the URL as a link |
//! | `\*` (a backslash before punctuation) | the character itself |
//!
//! Nothing else is markup: HTML tags stay text, and so does any delimiter
//! that does not open and close as above (`2 * 3 * 4`, `snake_case_name`).
//! Parsed into [`Inline`] nodes that components render as elements, never
//! as raw HTML. The plain-HTML reader writes `<a>`, `<em>`/`<i>` and
//! `<strong>`/`<b>` in this syntax ([`to_source`]), so all sources share one
//! path. Hand-written: a Markdown crate would cost the widget far more wasm
//! than the few rules it needs. One file: the parser and the writer
//! ([`to_source`]) must stay each other's inverse.

/// A run of inline content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// `*…*`: emphasis (`<em>`).
    Emphasis(Vec<Inline>),
    /// `**…**`: strong importance (`<strong>`).
    Strong(Vec<Inline>),
    /// `[…](href)`: a link.
    Link {
        /// The destination as written (validation drops unsafe ones).
        href: String,
        /// The link text.
        children: Vec<Inline>,
    },
}

/// Beyond these a paragraph is read as plain text: matching delimiters
/// costs up to cubic time in their number, and no news paragraph needs more.
const MAX_MARKUP_CHARS: usize = 10_000;
const MAX_DELIMITERS: usize = 100;

/// Parses a paragraph. Never fails: what is not markup is text.
pub fn parse(text: &str) -> Vec<Inline> {
    let delimiters = text
        .bytes()
        .filter(|b| matches!(b, b'*' | b'_' | b'[' | b'<'))
        .count();
    if delimiters == 0 || delimiters > MAX_DELIMITERS || text.len() > MAX_MARKUP_CHARS {
        return plain(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    Parser {
        chars: &chars,
        links: true,
    }
    .run(0, chars.len(), &mut out);
    out
}

/// Text with its escapes resolved, for paragraphs read as plain text.
fn plain(text: &str) -> Vec<Inline> {
    if text.is_empty() {
        return Vec::new();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    vec![Inline::Text(out)]
}

/// The paragraph's text without markup (for summaries and metadata).
pub fn plain_text(nodes: &[Inline]) -> String {
    let mut s = String::new();
    fn walk(nodes: &[Inline], s: &mut String) {
        for n in nodes {
            match n {
                Inline::Text(t) => s.push_str(t),
                Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { children: c, .. } => {
                    walk(c, s)
                }
            }
        }
    }
    walk(nodes, &mut s);
    s
}

/// Writes nodes back in the syntax above; [`parse`] gives the same nodes
/// back (tested), except for formatting that cannot be expressed, such as
/// emphasis on nothing but spaces, which becomes text.
pub fn to_source(nodes: &[Inline]) -> String {
    let mut s = String::new();
    write(nodes, &mut s, Ctx::default());
    s
}

/// Applies `f` to every link destination, and drops the link (keeping its
/// text) where `f` returns false.
/// (`f` is a trait object: one copy of this function in the wasm, whoever calls it.)
pub fn retain_links(nodes: Vec<Inline>, f: &mut dyn FnMut(&mut String) -> bool) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    for node in nodes {
        match node {
            Inline::Link { mut href, children } => {
                let children = retain_links(children, f);
                if f(&mut href) {
                    out.push(Inline::Link { href, children });
                } else {
                    out.extend(children);
                }
            }
            Inline::Emphasis(c) => out.push(Inline::Emphasis(retain_links(c, f))),
            Inline::Strong(c) => out.push(Inline::Strong(retain_links(c, f))),
            text => out.push(text),
        }
    }
    merge_text(out)
}

/// Whether the nodes are all text, without markup (then it needs no rewriting).
pub fn is_plain(nodes: &[Inline]) -> bool {
    nodes.iter().all(|n| matches!(n, Inline::Text(_)))
}

fn merge_text(nodes: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(nodes.len());
    for node in nodes {
        match (out.last_mut(), node) {
            (Some(Inline::Text(prev)), Inline::Text(t)) => prev.push_str(&t),
            (_, Inline::Text(t)) if t.is_empty() => {}
            (_, node) => out.push(node),
        }
    }
    out
}

struct Parser<'a> {
    chars: &'a [char],
    /// Links cannot nest.
    links: bool,
}

impl Parser<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    /// Parses `chars[start..end]` into `out`.
    fn run(&self, start: usize, end: usize, out: &mut Vec<Inline>) {
        let mut text = String::new();
        let mut i = start;
        let flush = |text: &mut String, out: &mut Vec<Inline>| {
            if !text.is_empty() {
                out.push(Inline::Text(std::mem::take(text)));
            }
        };
        while i < end {
            let c = self.chars[i];
            if c == '\\' && i + 1 < end && self.chars[i + 1].is_ascii_punctuation() {
                text.push(self.chars[i + 1]);
                i += 2;
                continue;
            }
            if c == '[' && self.links {
                if let Some((node, next)) = self.link(i, end) {
                    flush(&mut text, out);
                    out.push(node);
                    i = next;
                    continue;
                }
            }
            if c == '<' && self.links {
                if let Some((node, next)) = self.autolink(i, end) {
                    flush(&mut text, out);
                    out.push(node);
                    i = next;
                    continue;
                }
            }
            if c == '*' || c == '_' {
                // `*` and `_` open emphasis, `**` strong; `***` opens both
                // (emphasis outside); `__` and longer `_` runs are text.
                let run = (i..end).take_while(|&k| self.chars[k] == c).count();
                let opens = c == '*' || run == 1;
                let found = match run {
                    _ if !opens => None,
                    1 => self.closer(i, 1, end).map(|close| (close, 1)),
                    2 => self.closer(i, 2, end).map(|close| (close, 2)),
                    // `***`: emphasis and strong both open here; the one
                    // that closes last is the outer one.
                    _ => match (self.closer(i, 1, end), self.closer(i, 2, end)) {
                        (Some(em), Some(strong)) if strong > em => Some((strong, 2)),
                        (Some(em), _) => Some((em, 1)),
                        (None, strong) => strong.map(|close| (close, 2)),
                    },
                };
                if let Some((close, width)) = found {
                    let strong = width == 2;
                    let mut children = Vec::new();
                    self.run(i + width, close, &mut children);
                    flush(&mut text, out);
                    out.push(if strong {
                        Inline::Strong(children)
                    } else {
                        Inline::Emphasis(children)
                    });
                    i = close + width;
                    continue;
                }
                // Not a delimiter: the whole run is text.
                let mut j = i;
                while j < end && self.chars[j] == c {
                    text.push(c);
                    j += 1;
                }
                i = j;
                continue;
            }
            text.push(c);
            i += 1;
        }
        flush(&mut text, out);
    }

    /// Where the delimiter of `width` chars at `open` closes, if it can open.
    fn closer(&self, open: usize, width: usize, end: usize) -> Option<usize> {
        let d = self.chars[open];
        let before = open.checked_sub(1).map(|i| self.chars[i]);
        let content = (open..end).find(|&k| self.chars[k] != d)?;
        if self.chars[content].is_whitespace() {
            return None;
        }
        // `_` never opens inside a word (snake_case, URLs).
        if d == '_' && before.is_some_and(word_char) {
            return None;
        }
        let mut i = content + 1;
        while i + width <= end {
            let c = self.chars[i];
            if c == '\\' {
                i += 2;
                continue;
            }
            // Skip over a link or autolink as a unit: delimiters inside it are its own.
            if c == '[' && self.links {
                if let Some((_, next)) = self.link(i, end) {
                    i = next;
                    continue;
                }
            }
            if c == '<' && self.links {
                if let Some((_, next)) = self.autolink(i, end) {
                    i = next;
                    continue;
                }
            }
            if c == d {
                let run = (i..end).take_while(|&k| self.chars[k] == d).count();
                let prev = self.chars[i - 1];
                let next = self.at(i + run).filter(|_| i + run < end);
                // `_` does not close inside a word either.
                let intraword = d == '_' && next.is_some_and(word_char);
                let can_close = !prev.is_whitespace() && !intraword;
                if can_close && run == width {
                    return Some(i);
                }
                // `***`: strong closes first when the run is longer.
                if can_close && run > width && width == 2 {
                    return Some(i + run - 2);
                }
                if can_close && run > width && width == 1 && run != 2 {
                    return Some(i + run - 1);
                }
                // An inner delimiter run that opens: skip to its own closer.
                if run == 2 && width == 1 && d == '*' {
                    if let Some(inner) = self.closer(i, 2, end) {
                        i = inner + 2;
                        continue;
                    }
                }
                i += run;
                continue;
            }
            i += 1;
        }
        None
    }

    /// `[text](destination)` at `open`.
    fn link(&self, open: usize, end: usize) -> Option<(Inline, usize)> {
        // The matching `]`, with brackets nested and escapes skipped.
        let mut depth = 0usize;
        let mut i = open;
        let close = loop {
            if i >= end {
                return None;
            }
            match self.chars[i] {
                '\\' => i += 1,
                '[' => depth += 1,
                ']' => {
                    depth -= 1;
                    if depth == 0 {
                        break i;
                    }
                }
                _ => {}
            }
            i += 1;
        };
        if self.at(close + 1) != Some('(') || close + 1 >= end {
            return None;
        }
        // The destination: `<…>`, or no spaces with balanced parentheses.
        let mut i = close + 2;
        let mut href = String::new();
        if self.at(i) == Some('<') {
            i += 1;
            loop {
                match self.at(i).filter(|_| i < end)? {
                    '>' => break,
                    '<' | '\n' => return None,
                    '\\' if self.at(i + 1).is_some_and(|c| c.is_ascii_punctuation()) => {
                        href.push(self.chars[i + 1]);
                        i += 1;
                    }
                    c => href.push(c),
                }
                i += 1;
            }
            i += 1;
        } else {
            let mut parens = 0usize;
            loop {
                let c = self.at(i).filter(|_| i < end)?;
                match c {
                    ')' if parens == 0 => break,
                    ')' => parens -= 1,
                    '(' => parens += 1,
                    c if c.is_whitespace() || c.is_control() => return None,
                    '\\' if self.at(i + 1).is_some_and(|c| c.is_ascii_punctuation()) => {
                        href.push(self.chars[i + 1]);
                        i += 2;
                        continue;
                    }
                    _ => {}
                }
                href.push(c);
                i += 1;
            }
        }
        if self.at(i) != Some(')') || href.is_empty() {
            return None;
        }
        let mut children = Vec::new();
        Parser {
            chars: self.chars,
            links: false,
        }
        .run(open + 1, close, &mut children);
        Some((Inline::Link { href, children }, i + 1))
    }

    /// `<https://…>` (or `http:`, `mailto:`) at `open`.
    fn autolink(&self, open: usize, end: usize) -> Option<(Inline, usize)> {
        let mut i = open + 1;
        let mut href = String::new();
        loop {
            let c = self.at(i).filter(|_| i < end)?;
            match c {
                '>' => break,
                '<' => return None,
                c if c.is_whitespace() || c.is_control() => return None,
                c => href.push(c),
            }
            i += 1;
        }
        let lower = href.to_ascii_lowercase();
        let scheme_ok = ["http://", "https://", "mailto:"]
            .iter()
            .any(|s| lower.starts_with(s) && lower.len() > s.len());
        scheme_ok.then(|| {
            (
                Inline::Link {
                    children: vec![Inline::Text(href.clone())],
                    href,
                },
                i + 1,
            )
        })
    }
}

/// A letter or digit, for the rule that `_` neither opens nor closes inside
/// a word. Any non-ASCII character but a space counts (Vietnamese letters):
/// Unicode's letter tables would cost the widget kilobytes for this one rule.
fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && !c.is_whitespace())
}

#[derive(Clone, Copy, Default)]
struct Ctx {
    in_link: bool,
}

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
}

fn write(nodes: &[Inline], out: &mut String, ctx: Ctx) {
    for node in nodes {
        match node {
            Inline::Text(t) => escape(t, out),
            Inline::Emphasis(children) | Inline::Strong(children) => {
                let delimiter = if matches!(node, Inline::Strong(_)) {
                    "**"
                } else {
                    "*"
                };
                let inner = {
                    let mut s = String::new();
                    write(children, &mut s, ctx);
                    s
                };
                // Delimiters must touch the text: spaces go outside them.
                let trimmed = inner.trim();
                let lead = &inner[..inner.len() - inner.trim_start().len()];
                let trail = &inner[inner.trim_end().len()..];
                // Emphasis directly inside emphasis of the other kind would
                // make runs like `***`; use `_` for the inner one.
                let (open, close) = if trimmed.is_empty() {
                    ("", "")
                } else if delimiter == "*" && (trimmed.starts_with('*') || trimmed.ends_with('*')) {
                    ("_", "_")
                } else {
                    (delimiter, delimiter)
                };
                out.push_str(lead);
                out.push_str(open);
                out.push_str(trimmed);
                out.push_str(close);
                out.push_str(trail);
            }
            Inline::Link { href, children } if !ctx.in_link => {
                out.push('[');
                write(children, out, Ctx { in_link: true });
                out.push_str("](<");
                for c in href.chars() {
                    if matches!(c, '<' | '>' | '\\') {
                        out.push('\\');
                    }
                    out.push(c);
                }
                out.push_str(">)");
            }
            Inline::Link { children, .. } => write(children, out, ctx),
        }
    }
}

#[cfg(test)]
mod tests;
