//! Card numbers: as given, or implied by order (the previous card's + 1);
//! 0 is a fault, gaps and repeats are warnings.

use super::{ModelError, Problems};

/// The numbers given so far, as `check` walks the cards.
#[derive(Default)]
pub(super) struct Numbering {
    previous: Option<u32>,
    /// Number → the last card that had it. A list, not a map: the wasm
    /// already has yew's own map code, and a map of our own would add its copy.
    seen: Vec<(u32, usize)>,
}

impl Numbering {
    /// The number card `i` shows, given the number it was `given`.
    pub(super) fn assign(&mut self, i: usize, given: Option<u32>, p: &mut Problems) -> u32 {
        let at = |field: &str| format!("cards[{i}].{field}");
        let number = match given {
            Some(0) => {
                let message = format!("card {} has number 0; numbers start at 1", i + 1);
                if p.fault(at("number"), message) {
                    self.previous.map_or(1, |before| before.saturating_add(1))
                } else {
                    0
                }
            }
            Some(n) => {
                if let Some(before) = self.previous {
                    if n > before.saturating_add(1) {
                        p.warnings.push(ModelError::new(
                            at("number"),
                            format!("numbering jumps from {before} to {n}"),
                        ));
                    }
                }
                n
            }
            None => self.previous.map_or(1, |p| p.saturating_add(1)),
        };
        let before = match self.seen.iter_mut().find(|(n, _)| *n == number) {
            Some(entry) => Some(std::mem::replace(&mut entry.1, i)),
            None => {
                self.seen.push((number, i));
                None
            }
        };
        if let Some(first) = before {
            p.warnings.push(ModelError::new(
                at("number"),
                format!("number {number} is also used by cards[{first}]"),
            ));
        }
        self.previous = Some(number);
        number
    }
}
