//! Finds where a JSON path (`cards[3].photo.src`) sits in JSON text, so the
//! CLI and the JSON importer can give the reader's and the validator's
//! problems (found on the parsed value, not the text) a line and column too.
//! A small recursive scan: it only needs to follow the one path, and the text
//! has already been parsed successfully when it is asked.

/// 1-based line and column of the value at `path`; when the path goes
/// deeper than the text (a missing field), of the deepest part that exists.
pub fn locate(text: &str, path: &str) -> Option<(usize, usize)> {
    let target = segments(path)?;
    let mut scan = Scan {
        bytes: text.as_bytes(),
        at: 0,
    };
    let mut best = None;
    scan.value(&target, 0, &mut best);
    best.map(|offset| line_col(text, offset))
}

#[derive(Debug, PartialEq)]
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

fn segments(path: &str) -> Option<Vec<Segment<'_>>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Segment::Key(key));
        }
        while !rest.is_empty() {
            let (index, after) = rest.split_once(']')?;
            out.push(Segment::Index(index.parse().ok()?));
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    Some(out)
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

struct Scan<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Scan<'a> {
    fn skip_ws(&mut self) {
        while self.at < self.bytes.len() && self.bytes[self.at].is_ascii_whitespace() {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Scans one value; `depth` segments of `target` have matched so far.
    fn value(&mut self, target: &[Segment], depth: usize, best: &mut Option<usize>) -> Option<()> {
        self.skip_ws();
        *best = Some(self.at);
        match self.peek()? {
            b'{' => {
                self.at += 1;
                loop {
                    self.skip_ws();
                    if self.peek()? == b'}' {
                        self.at += 1;
                        return Some(());
                    }
                    let key = self.string()?;
                    self.skip_ws();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.at += 1;
                    let wanted = matches!(target.get(depth), Some(Segment::Key(k)) if *k == key);
                    if wanted {
                        return self.value(target, depth + 1, best);
                    }
                    self.skip_value()?;
                    self.skip_ws();
                    match self.peek()? {
                        b',' => self.at += 1,
                        b'}' => {
                            self.at += 1;
                            return Some(());
                        }
                        _ => return None,
                    }
                }
            }
            b'[' => {
                self.at += 1;
                let mut index = 0;
                loop {
                    self.skip_ws();
                    if self.peek()? == b']' {
                        self.at += 1;
                        return Some(());
                    }
                    if matches!(target.get(depth), Some(Segment::Index(i)) if *i == index) {
                        return self.value(target, depth + 1, best);
                    }
                    self.skip_value()?;
                    self.skip_ws();
                    match self.peek()? {
                        b',' => self.at += 1,
                        b']' => {
                            self.at += 1;
                            return Some(());
                        }
                        _ => return None,
                    }
                    index += 1;
                }
            }
            _ => self.skip_value(),
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        self.skip_ws();
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.at += 1;
                loop {
                    self.skip_ws();
                    match self.peek()? {
                        c if c == close => {
                            self.at += 1;
                            return Some(());
                        }
                        b',' | b':' => self.at += 1,
                        _ => self.skip_value()?,
                    }
                }
            }
            _ => {
                while self.at < self.bytes.len() && !b",}] \t\r\n".contains(&self.bytes[self.at]) {
                    self.at += 1;
                }
                Some(())
            }
        }
    }

    /// A string's raw contents (escapes left as they are: keys here are plain).
    fn string(&mut self) -> Option<&'a str> {
        let bytes: &'a [u8] = self.bytes;
        if self.peek()? != b'"' {
            return None;
        }
        self.at += 1;
        let start = self.at;
        while self.at < self.bytes.len() {
            match self.bytes[self.at] {
                b'\\' => self.at += 2,
                b'"' => {
                    let s = std::str::from_utf8(&bytes[start..self.at]).ok()?;
                    self.at += 1;
                    return Some(s);
                }
                _ => self.at += 1,
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::locate;

    const TEXT: &str = "{\n  \"id\": \"x\",\n  \"cards\": [\n    {\"headline\": \"a\", \"body\": [\"p\"]},\n    {\n      \"headline\": \"\",\n      \"photo\": {\"alt\": \"a\"}\n    }\n  ]\n}";

    #[test]
    fn finds_values_by_path() {
        assert_eq!(locate(TEXT, "id"), Some((2, 9)));
        assert_eq!(locate(TEXT, "cards[1].headline"), Some((6, 19)));
        assert_eq!(locate(TEXT, "cards[0].body[0]"), Some((4, 32)));
    }

    #[test]
    fn a_missing_field_points_at_its_object() {
        assert_eq!(locate(TEXT, "cards[1].photo.src"), Some((7, 16)));
    }

    #[test]
    fn the_document_itself() {
        assert_eq!(locate(TEXT, ""), Some((1, 1)));
    }
}
