"""The Pix QR code on a printed letter scans to exactly the copia e cola printed beside it."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from fiado_app.documents.letters import render_letters
from fiado_app.domain.pix import parse_pix_payload
from fiado_app.services.letters import load_letter

from .conftest import AS_OF, pdf_text

pytestmark = pytest.mark.skipif(
    not (shutil.which("zbarimg") and shutil.which("pdftoppm")),
    reason="needs zbarimg (zbar-tools) and pdftoppm (poppler-utils)",
)


def test_a_phone_camera_reads_the_exact_pix_payload(db, shop, tmp_path) -> None:
    data, _printed = render_letters([load_letter(db, shop.ana, AS_OF, None)])
    pdf = tmp_path / "carta.pdf"
    pdf.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    page = next(tmp_path.glob("p*.png"))
    scanned = subprocess.run(
        ["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True, check=True
    ).stdout.strip()
    fields = parse_pix_payload(scanned)  # a valid BR Code, CRC included
    assert fields["54"] == "145.90"  # the exact open amount of the letter
    printed_text = "".join("".join(pdf_text(data)).split())  # copia e cola wraps over lines
    assert "".join(scanned.split()) in printed_text
