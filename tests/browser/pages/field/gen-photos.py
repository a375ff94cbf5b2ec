#!/usr/bin/env python3
"""Placeholder photos for field.json (the host-matrix and transcript tests).

Not news photos: flat gradients labelled "PLACEHOLDER" with their size, at
the odd aspect ratios real collections have (3:2, a 2:3 portrait, a 3:1
panorama). Deterministic; run `python3 gen-photos.py` here (needs Pillow).
"""
from pathlib import Path
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
PHOTOS = {
    "01-3x2.jpg": ((1500, 1000), (34, 94, 120), (190, 170, 110), "Xuồng chở lúa"),
    "02-portrait.jpg": ((1000, 1500), (120, 60, 40), (230, 200, 150), "Ảnh dọc 2:3"),
    "03-panorama.jpg": ((2400, 800), (40, 110, 70), (200, 220, 240), "Toàn cảnh 3:1"),
    "05-3x2.jpg": ((1500, 1000), (150, 120, 20), (250, 230, 160), "Bông điên điển"),
    "06-3x2.jpg": ((1500, 1000), (60, 60, 110), (170, 200, 210), "Nhà nổi"),
}
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def render(size, top, bottom, label):
    w, h = size
    img = Image.new("RGB", size)
    draw = ImageDraw.Draw(img)
    for y in range(h):
        t = y / (h - 1)
        draw.line([(0, y), (w, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom)))
    big = ImageFont.truetype(FONT, max(40, min(w, h) // 9))
    small = ImageFont.truetype(FONT, max(24, min(w, h) // 20))
    lines = [("PLACEHOLDER", big), (label, small), (f"{w} × {h}", small)]
    y = h // 2 - sum(f.size + 20 for _, f in lines) // 2
    for text, font in lines:
        tw = draw.textlength(text, font=font)
        draw.text(((w - tw) / 2 + 3, y + 3), text, font=font, fill=(0, 0, 0))
        draw.text(((w - tw) / 2, y), text, font=font, fill=(255, 255, 255))
        y += font.size + 20
    draw.rectangle([8, 8, w - 9, h - 9], outline=(255, 255, 255), width=6)
    return img


for name, (size, top, bottom, label) in PHOTOS.items():
    render(size, top, bottom, label).save(HERE / name, "JPEG", quality=55, optimize=True, progressive=True)
    print(name, (HERE / name).stat().st_size, "bytes")
