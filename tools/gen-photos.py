#!/usr/bin/env python3
"""Generate the labelled placeholder photos used by the highlight-cards demo.

Why this exists: the cards show one photo each, but no real (press/agency)
photos may be shipped in this repository. Instead, this script draws honest
placeholders: calm abstract compositions that are clearly marked
"ẢNH MINH HOẠ · PLACEHOLDER", carry the card number and a short Vietnamese
subject label, and so can never be mistaken for news photography.

Output: static/photos/<collection>/NN-{480,960,1600}.jpg, 3:2 aspect ratio
(480x320, 960x640, 1600x1067) so the widget can offer them through srcset.
Each photo is rendered once at 1600 px and downscaled with LANCZOS, so the
three widths are the same picture.

The output is deterministic: the composition comes from
random.Random(f"{collection}-{n}"), text uses Pillow's BASIC layout engine
(no dependence on whether libraqm is installed), and JPEGs are written
without metadata and with fixed encoder settings. Running the script twice
gives byte-identical files (given the same Pillow/libjpeg build and the same
DejaVu font files).

Usage:
    pip install -r tools/requirements.txt
    python3 tools/gen-photos.py [--out DIR]
"""

from __future__ import annotations

import argparse
import colorsys
import io
import math
import random
import sys
import unicodedata
from pathlib import Path

try:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
except ImportError:  # pragma: no cover - environment problem, not a code path
    sys.exit(
        "gen-photos: Pillow is not installed; run "
        "`pip install -r tools/requirements.txt` (pillow==12.3.0)"
    )

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "static" / "photos"

# Master render size (3:2) and the published widths. 1600 * 2 / 3 = 1066.7 -> 1067.
MASTER_SIZE = (1600, 1067)
VARIANTS = ((1600, 1067), (960, 640), (480, 320))

JPEG_OPTIONS = dict(
    quality=78,
    optimize=True,
    progressive=True,
    subsampling=2,  # 4:2:0, fixed (not left to Pillow's defaults)
)

PLACEHOLDER_TAG = "ẢNH MINH HOẠ · PLACEHOLDER"

# Short subject labels per collection, keyed by card number (1-based).
LABELS: dict[str, dict[int, str]] = {
    "dau-an-doi-ngoai-2023": {
        1: "Sách của Tổng Bí thư Nguyễn Phú Trọng",
        2: "Hội nghị Ngoại giao lần thứ 32",
        3: "Chuyến thăm của Chủ tịch Tập Cận Bình",
        4: "Lễ đón Tổng thống Joe Biden",
        5: "Chủ tịch nước thăm Nhật Bản",
        6: "Ngoại giao kinh tế",
        7: "AIPA 44 tại Jakarta",
        8: "Bảo hộ công dân tại Myanmar",
        9: "Vịnh Hạ Long – quần đảo Cát Bà",
        10: "Đại diện thường trú Tòa thánh",
    },
    "soi-dong-doi-ngoai-2023": {
        1: "Gặp gỡ thế hệ trẻ Việt Nam – Trung Quốc",
        2: "Lễ đón Tổng thống Hoa Kỳ",
        3: "Bộ trưởng Nguyễn Văn Hùng và UNESCO",
        4: "Ủy ban Công ước 2003 của UNESCO",
        5: "Bộ trưởng Bùi Thanh Sơn",
    },
}

# DejaVu Sans covers Vietnamese (all precomposed letters of Latin Extended
# Additional). Debian/Ubuntu path first, then common alternatives.
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
)
FONT_REGULAR = "DejaVuSans.ttf"
FONT_BOLD = "DejaVuSans-Bold.ttf"


# --------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------


def find_font(name: str) -> Path:
    for d in FONT_DIRS:
        p = d / name
        if p.is_file():
            return p
    searched = ", ".join(str(d) for d in FONT_DIRS)
    sys.exit(
        f"gen-photos: font {name} not found (searched: {searched}). "
        "Install DejaVu Sans (Debian/Ubuntu: `apt-get install fonts-dejavu-core`); "
        "it is needed for full Vietnamese diacritic coverage."
    )


class Fonts:
    def __init__(self) -> None:
        self.regular_path = find_font(FONT_REGULAR)
        self.bold_path = find_font(FONT_BOLD)
        self._cache: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}

    def get(self, bold: bool, size: int) -> ImageFont.FreeTypeFont:
        path = self.bold_path if bold else self.regular_path
        key = (str(path), size)
        if key not in self._cache:
            # BASIC layout: identical output with or without libraqm. Every
            # Vietnamese letter is a single precomposed code point after NFC,
            # so no complex shaping is needed.
            self._cache[key] = ImageFont.truetype(
                str(path), size, layout_engine=ImageFont.Layout.BASIC
            )
        return self._cache[key]

    def check_coverage(self, texts: list[str]) -> None:
        """Fail loudly if any character would render as the .notdef box."""
        for bold in (False, True):
            font = self.get(bold, 48)
            notdef = glyph_bitmap(font, "\ue000")  # private use: not in DejaVu
            missing = sorted(
                {
                    ch
                    for t in texts
                    for ch in t
                    if not ch.isspace() and glyph_bitmap(font, ch) == notdef
                }
            )
            if missing:
                name = FONT_BOLD if bold else FONT_REGULAR
                sys.exit(
                    f"gen-photos: {name} has no glyph for "
                    + ", ".join(f"{c!r} (U+{ord(c):04X})" for c in missing)
                )


def glyph_bitmap(font: ImageFont.FreeTypeFont, ch: str) -> bytes:
    img = Image.new("L", (font.size * 2, font.size * 2), 0)
    ImageDraw.Draw(img).text((font.size // 2, font.size // 2), ch, font=font, fill=255)
    return img.tobytes()


def nfc(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    combining = [c for c in text if unicodedata.combining(c)]
    if combining:
        # BASIC layout cannot position free-standing combining marks well.
        sys.exit(f"gen-photos: label {text!r} has combining marks after NFC")
    return text


# --------------------------------------------------------------------------
# Drawing helpers
# --------------------------------------------------------------------------


def hls(h: float, l: float, s: float) -> tuple[int, int, int]:
    r, g, b = colorsys.hls_to_rgb(h % 1.0, l, s)
    return (round(r * 255), round(g * 255), round(b * 255))


def diagonal_gradient(size: tuple[int, int], c1, c2, angle_bias: float) -> Image.Image:
    """Soft two-colour gradient from the top-left corner to the bottom-right."""
    w, h = size
    sw, sh = 120, 80  # small grid, smoothly upscaled (no visible steps)
    data = []
    for y in range(sh):
        for x in range(sw):
            t = (x / (sw - 1)) * (1 - angle_bias) + (y / (sh - 1)) * angle_bias
            # ease in/out so the middle of the picture is the calmest part
            t = t * t * (3 - 2 * t)
            data.append(round(t * 255))
    mask = Image.new("L", (sw, sh))
    mask.putdata(data)
    mask = mask.resize(size, Image.Resampling.BICUBIC)
    return Image.composite(Image.new("RGB", size, c2), Image.new("RGB", size, c1), mask)


def rotated_rect(cx, cy, w, h, angle):
    ca, sa = math.cos(angle), math.sin(angle)
    pts = []
    for dx, dy in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)):
        pts.append((cx + dx * ca - dy * sa, cy + dx * sa + dy * ca))
    return pts


def regular_polygon(cx, cy, r, n, angle):
    return [
        (cx + r * math.cos(angle + 2 * math.pi * i / n), cy + r * math.sin(angle + 2 * math.pi * i / n))
        for i in range(n)
    ]


def paint(base: Image.Image, mask: Image.Image, color, alpha: int) -> None:
    """Composite a solid colour through `mask` scaled to `alpha` (0..255)."""
    scaled = mask.point(lambda v: v * alpha // 255)
    base.paste(Image.new("RGB", base.size, color), (0, 0), scaled)


def draw_shapes(img: Image.Image, rng: random.Random, hue: float) -> tuple[int, int, int]:
    """A few large translucent geometric shapes. Returns an accent colour."""
    w, h = img.size
    u = w / 100.0
    kinds = ["circle", "ring", "rect", "triangle", "hexagon", "circle"]
    rng.shuffle(kinds)
    count = rng.randint(3, 5)
    # Light complementary tint for the tag line and the rule (reads on the dark band).
    accent = hls(hue + 0.5, 0.82, 0.5)

    # One big, very soft glow for depth.
    glow = Image.new("L", img.size, 0)
    gx, gy, gr = rng.uniform(0.2, 0.8) * w, rng.uniform(0.1, 0.5) * h, rng.uniform(25, 40) * u
    ImageDraw.Draw(glow).ellipse((gx - gr, gy - gr, gx + gr, gy + gr), fill=255)
    paint(img, glow.filter(ImageFilter.GaussianBlur(12 * u)), hls(hue + 0.05, 0.9, 0.6), 90)

    for i in range(count):
        kind = kinds[i % len(kinds)]
        # Keep shapes mostly in the upper/central area; the text band is below.
        cx = rng.uniform(0.08, 0.92) * w
        cy = rng.uniform(0.05, 0.65) * h
        r = rng.uniform(11, 26) * u
        angle = rng.uniform(0, math.pi)
        color = hls(hue + rng.uniform(-0.12, 0.3), rng.uniform(0.55, 0.85), rng.uniform(0.35, 0.6))
        alpha = rng.randint(70, 125)

        mask = Image.new("L", img.size, 0)
        d = ImageDraw.Draw(mask)
        if kind == "circle":
            d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
        elif kind == "ring":
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=round(r * 0.22))
        elif kind == "rect":
            d.polygon(rotated_rect(cx, cy, r * 2.2, r * 1.3, angle), fill=255)
        elif kind == "triangle":
            d.polygon(regular_polygon(cx, cy, r * 1.1, 3, angle), fill=255)
        else:  # hexagon
            d.polygon(regular_polygon(cx, cy, r, 6, angle), fill=255)
        # Slight blur = anti-aliased, soft edges (also compresses well).
        paint(img, mask.filter(ImageFilter.GaussianBlur(0.12 * u)), color, alpha)
    return accent


def bottom_scrim(img: Image.Image, top_frac: float, ramp_frac: float, max_alpha: int) -> None:
    """Dark translucent band at the bottom so the white text has contrast."""
    w, h = img.size
    top = round(h * top_frac)
    ramp = max(1, round(h * ramp_frac))
    col = []
    for y in range(h):
        if y < top:
            a = 0
        elif y < top + ramp:
            t = (y - top) / ramp
            a = round(max_alpha * t * t * (3 - 2 * t))
        else:
            a = max_alpha
        col.append(a)
    mask = Image.new("L", (1, h))
    mask.putdata(col)
    mask = mask.resize((w, h), Image.Resampling.NEAREST)
    img.paste(Image.new("RGB", img.size, (14, 18, 28)), (0, 0), mask)


def placeholder_icon(img: Image.Image, x1: float, y0: float, u: float) -> None:
    """Generic 'image' pictogram (frame, sun, mountains) in the top-right corner."""
    iw, ih = 7.5 * u, 5.5 * u
    x0, y1 = x1 - iw, y0 + ih
    lw = max(2, round(0.45 * u))
    mask = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(mask)
    d.rounded_rectangle((x0, y0, x1, y1), radius=0.9 * u, outline=255, width=lw)
    sr = 0.75 * u
    sx, sy = x0 + iw * 0.3, y0 + ih * 0.33
    d.ellipse((sx - sr, sy - sr, sx + sr, sy + sr), fill=255)
    d.line(
        [
            (x0 + lw, y1 - 0.9 * u),
            (x0 + iw * 0.38, y0 + ih * 0.55),
            (x0 + iw * 0.58, y0 + ih * 0.75),
            (x0 + iw * 0.75, y0 + ih * 0.5),
            (x1 - lw, y1 - 1.1 * u),
        ],
        fill=255,
        width=lw,
        joint="curve",
    )
    mask = mask.filter(ImageFilter.GaussianBlur(0.06 * u))
    # dark halo first so the pictogram reads on light backgrounds too
    halo = mask.filter(ImageFilter.GaussianBlur(0.5 * u))
    paint(img, halo, (14, 18, 28), 70)
    paint(img, mask, (255, 255, 255), 215)


def text_width(font: ImageFont.FreeTypeFont, text: str) -> float:
    return font.getlength(text)


def wrap(text: str, font: ImageFont.FreeTypeFont, max_w: float) -> list[str]:
    words = text.split()
    lines: list[str] = []
    cur = ""
    for word in words:
        trial = f"{cur} {word}".strip()
        if not cur or text_width(font, trial) <= max_w:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    # Avoid a dangling dash at the start of a line ("… Nam – Trung Quốc").
    for i in range(1, len(lines)):
        if lines[i].startswith("– "):
            lines[i - 1] += " –"
            lines[i] = lines[i][2:]
    return lines


def draw_text(img: Image.Image, fonts: Fonts, number: int, label: str, accent) -> None:
    w, h = img.size
    u = w / 100.0
    m = round(4.5 * u)
    d = ImageDraw.Draw(img)

    # Big card number, lower-left.
    num_text = f"{number:02d}"
    num_font = fonts.get(True, round(15 * u))
    baseline = h - m
    d.text((m - 0.6 * u, baseline), num_text, font=num_font, fill=(255, 255, 255), anchor="ls")
    num_right = m + text_width(num_font, num_text)

    x_text = num_right + 3.2 * u

    # Subject label (wraps to at most two lines, shrinks if still too wide).
    max_w = w - m - x_text
    size = round(3.6 * u)
    while True:
        label_font = fonts.get(True, size)
        lines = wrap(label, label_font, max_w)
        if len(lines) <= 2 and all(text_width(label_font, l) <= max_w for l in lines):
            break
        size -= 1
    line_h = round(size * 1.25)

    y = baseline
    for line in reversed(lines):
        d.text((x_text, y), line, font=label_font, fill=(255, 255, 255), anchor="ls")
        y -= line_h

    # Placeholder tag above the label.
    tag_font = fonts.get(True, round(2.5 * u))
    y -= round(0.35 * u)
    d.text((x_text, y), PLACEHOLDER_TAG, font=tag_font, fill=accent, anchor="ls")

    # Thin accent rule between number and text, spanning the text block
    # (or the number's cap height, whichever is taller).
    num_top = baseline + num_font.getbbox("0", anchor="ls")[1]
    tag_top = y + tag_font.getbbox("Ả", anchor="ls")[1]
    rx = x_text - 1.6 * u
    d.rectangle((rx, min(num_top, tag_top), rx + max(2, round(0.3 * u)), baseline), fill=accent)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def render(collection: str, number: int, label: str, fonts: Fonts) -> Image.Image:
    rng = random.Random(f"{collection}-{number}")
    # Distinct hues per card: golden-ratio stepping from a per-collection
    # offset, plus a little seeded jitter.
    offset = random.Random(collection).random()
    hue = (offset + number * 0.6180339887 + rng.uniform(-0.03, 0.03)) % 1.0
    hue2 = hue + rng.choice((-1, 1)) * rng.uniform(0.07, 0.16)
    c1 = hls(hue, rng.uniform(0.58, 0.68), rng.uniform(0.3, 0.45))
    c2 = hls(hue2, rng.uniform(0.38, 0.48), rng.uniform(0.3, 0.45))

    img = diagonal_gradient(MASTER_SIZE, c1, c2, rng.uniform(0.35, 0.65))
    accent = draw_shapes(img, rng, hue)
    bottom_scrim(img, top_frac=0.5, ramp_frac=0.2, max_alpha=185)
    u = img.width / 100.0
    placeholder_icon(img, img.width - 4.5 * u, 4.5 * u, u)
    draw_text(img, fonts, number, label, accent)
    return img


def encode(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    # Fresh image without any info dict → no EXIF/ICC/comment segments.
    clean = Image.new("RGB", img.size)
    clean.paste(img)
    clean.save(buf, format="JPEG", **JPEG_OPTIONS)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"output directory (default: {DEFAULT_OUT.relative_to(REPO_ROOT)} in the repo root)",
    )
    args = parser.parse_args(argv)
    out: Path = args.out

    fonts = Fonts()
    labels = {c: {n: nfc(t) for n, t in items.items()} for c, items in LABELS.items()}
    fonts.check_coverage(
        [PLACEHOLDER_TAG, "0123456789"] + [t for items in labels.values() for t in items.values()]
    )

    total = 0
    for collection, items in labels.items():
        folder = out / collection
        folder.mkdir(parents=True, exist_ok=True)
        for number in sorted(items):
            master = render(collection, number, items[number], fonts)
            for vw, vh in VARIANTS:
                img = master if (vw, vh) == master.size else master.resize((vw, vh), Image.Resampling.LANCZOS)
                data = encode(img)
                path = folder / f"{number:02d}-{vw}.jpg"
                path.write_bytes(data)
                total += len(data)
                try:
                    shown = path.relative_to(REPO_ROOT)
                except ValueError:
                    shown = path
                print(f"{shown}  {vw}x{vh}  {len(data):>7} bytes ({len(data) / 1024:.1f} KiB)")
    print(f"total  {total} bytes ({total / 1024:.1f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
