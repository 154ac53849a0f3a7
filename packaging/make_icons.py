"""Make the app's icons from resources/icons/fiado.svg (the only icon kept in git):

    uv run python packaging/make_icons.py [OUT_DIR]      (default: build/icons)

writes fiado-<size>.png for every size below, fiado.ico (Windows: 16 to 256 px) and fiado.icns
(macOS: 16 to 1024 px), each size rendered from the SVG by Qt (QSvgRenderer), not scaled down
from one large picture.

Qt's own image writers are not used for the containers: its ICO writer writes one size per
file, and its ICNS writer (Qt 6.8) writes only the largest size, with a table of contents that
Qt itself then reads as damaged. Both formats are short to write: a directory of entries, each
a PNG (ICNS; ICO at 256 px) or a 32-bit bitmap (ICO below 256 px, which every Windows tool and
NSIS read).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "fiado.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types with a PNG payload, and the pixel size each holds (Retina @2x included).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(size: int):  # type: ignore[no-untyped-def]
    """The SVG drawn at `size` x `size` pixels on a transparent background (a QImage)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("make_icons: Qt could not write a PNG")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image) -> bytes:  # type: ignore[no-untyped-def]
    """An ICO bitmap entry: BITMAPINFOHEADER (height doubled for the mask), BGRA rows bottom
    up, then the 1-bit AND mask (all zero: the alpha channel decides)."""
    from PySide6.QtGui import QImage

    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    rows = [bytes(argb.constScanLine(y))[: size * 4] for y in range(size)]  # B,G,R,A in memory
    pixels = b"".join(reversed(rows)) if sys.byteorder == "little" else _swap(rows)
    mask_row = ((size + 31) // 32) * 4
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    return header + pixels + b"\0" * (mask_row * size)


def _swap(rows: list[bytes]) -> bytes:
    out = bytearray()
    for row in reversed(rows):
        for i in range(0, len(row), 4):
            out += row[i : i + 4][::-1]
    return bytes(out)


def ico_bytes(images: dict[int, object]) -> bytes:
    entries = [(s, png_bytes(images[s]) if s >= 256 else bmp_entry(images[s])) for s in ICO_SIZES]
    offset = 6 + 16 * len(entries)
    directory, payload = b"", b""
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return struct.pack("<HHH", 0, 1, len(entries)) + directory + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: Path) -> dict[str, Path]:
    """Write every icon into `out_dir`; returns {"ico": path, "icns": path, "png": 256 px}."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])  # QPainter needs one
    out_dir.mkdir(parents=True, exist_ok=True)
    images = {size: render(size) for size in PNG_SIZES}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    for size, data in pngs.items():
        (out_dir / f"fiado-{size}.png").write_bytes(data)
    ico = out_dir / "fiado.ico"
    ico.write_bytes(ico_bytes(images))  # type: ignore[arg-type]
    icns = out_dir / "fiado.icns"
    icns.write_bytes(icns_bytes(pngs))
    return {"ico": ico, "icns": icns, "png": out_dir / "fiado-256.png"}


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else ROOT / "build" / "icons"
    made = make_icons(out_dir)
    for path in sorted(out_dir.iterdir()):
        print(path)
    return 0 if all(p.is_file() for p in made.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
