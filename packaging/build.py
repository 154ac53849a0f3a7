"""Build Fiado for this platform into dist/ (packaging/README.md):

    uv sync --group packaging
    uv run python packaging/build.py [--check-nsis] [--no-freeze]

1. the icons (packaging/make_icons.py, into build/icons);
2. PyInstaller with packaging/fiado.spec (--noconfirm --clean): dist/Fiado/ (on macOS
   dist/Fiado.app);
3. what the platform installs from:
   - Windows: dist/Fiado-Setup-<version>.exe with makensis (packaging/windows/fiado.nsi), when
     makensis is installed;
   - macOS: dist/Fiado-<version>.dmg made with dmgbuild (packaging/macos/dmg_settings.py),
     then notarised and stapled. The app is signed by PyInstaller (fiado.spec) and the disk
     image here only when their variables are set (MACOS_CODESIGN_IDENTITY; then
     MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD);
   - Linux: dist/Fiado-<version>-linux-<machine>.tar.gz.

--check-nsis also compiles the Windows installer script against the folder just built, on any
platform with makensis, uncompressed to be quick (build/nsis-check/, not an installer to ship:
the programs in it are this platform's). --no-freeze skips steps 1-2 and uses dist/ as it is.

Prints the build time and the one-folder size; the last line of stdout is the path of the
program (the windowed one), for scripts: `PROGRAM=$(uv run python packaging/build.py | tail -1)`.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
ICONS = BUILD / "icons"
NAME = "Fiado"
IS_WIN, IS_MAC = sys.platform == "win32", sys.platform == "darwin"


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def file_version(version: str) -> str:
    """Four numbers for Windows' version resources: 0.1.0 -> 0.1.0.0."""
    numbers = re.findall(r"\d+", version)[:4]
    return ".".join(numbers + ["0"] * (4 - len(numbers)))


def log(message: str) -> None:
    print(f"build: {message}", file=sys.stderr, flush=True)


def run(command: list[str], **kwargs: object) -> None:
    log("$ " + " ".join(str(c) for c in command))
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB"


def program_path() -> Path:
    if IS_MAC:
        return DIST / f"{NAME}.app" / "Contents" / "MacOS" / NAME
    return DIST / NAME / (f"{NAME}.exe" if IS_WIN else NAME)


def freeze() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            "build: PyInstaller is not installed: uv sync --group packaging (or: "
            "uv run --group packaging python packaging/build.py)"
        ) from None
    sys.path.insert(0, str(PACKAGING))
    from make_icons import make_icons

    make_icons(ICONS)
    log(f"icons in {ICONS}")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(PACKAGING / "fiado.spec"),
            "--noconfirm",
            "--clean",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
        ],
        cwd=ROOT,
        env=env,
    )


def makensis(version: str, out_file: Path, compressed: bool = True) -> Path | None:
    tool = shutil.which("makensis")
    if tool is None and IS_WIN:  # NSIS's installer does not put itself on the PATH
        default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
        tool = str(default / "NSIS" / "makensis.exe") if (default / "NSIS").is_dir() else None
    if tool is None:
        log("makensis not found: no Windows installer (install NSIS to make one)")
        return None
    out_file.parent.mkdir(parents=True, exist_ok=True)
    flag = "/" if IS_WIN else "-"
    run(
        [
            tool,
            f"{flag}V2",
            f"{flag}DVERSION={version}",
            f"{flag}DFILE_VERSION={file_version(version)}",
            f"{flag}DSOURCE_DIR={DIST / NAME}",
            f"{flag}DICON={ICONS / 'fiado.ico'}",
            f"{flag}DOUTFILE={out_file}",
            *([] if compressed else [f"{flag}DUNCOMPRESSED"]),
            str(PACKAGING / "windows" / "fiado.nsi"),
        ]
    )
    return out_file


def macos_verify_signature(app: Path) -> None:
    """PyInstaller signs every binary and the bundle itself (hardened runtime, the entitlements
    of packaging/macos/entitlements.plist) when MACOS_CODESIGN_IDENTITY is set: fiado.spec."""
    if not os.environ.get("MACOS_CODESIGN_IDENTITY"):
        log("MACOS_CODESIGN_IDENTITY not set: the app is signed ad hoc only")
        return
    run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(app)])


def macos_dmg(version: str) -> Path:
    app = DIST / f"{NAME}.app"
    macos_verify_signature(app)
    dmg = DIST / f"{NAME}-{version}.dmg"
    dmg.unlink(missing_ok=True)
    run(
        [
            sys.executable,
            "-m",
            "dmgbuild",
            "-s",
            str(PACKAGING / "macos" / "dmg_settings.py"),
            "-D",
            f"app={app}",
            "-D",
            f"icon={ICONS / 'fiado.icns'}",
            NAME,
            str(dmg),
        ]
    )
    notarise(dmg)
    return dmg


def notarise(dmg: Path) -> None:
    keys = ("MACOS_NOTARY_APPLE_ID", "MACOS_NOTARY_TEAM_ID", "MACOS_NOTARY_PASSWORD")
    if not all(os.environ.get(k) for k in keys) or not os.environ.get("MACOS_CODESIGN_IDENTITY"):
        log("notarisation variables not set: the disk image is not notarised")
        return
    apple_id, team, password = (os.environ[k] for k in keys)
    run(
        [
            "codesign",
            "--force",
            "--timestamp",
            "--sign",
            os.environ["MACOS_CODESIGN_IDENTITY"],
            str(dmg),
        ]
    )
    run(
        ["xcrun", "notarytool", "submit", str(dmg), "--wait"]
        + ["--apple-id", apple_id, "--team-id", team, "--password", password]
    )
    run(["xcrun", "stapler", "staple", str(dmg)])


def linux_tarball(version: str) -> Path:
    tarball = DIST / f"{NAME}-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(DIST / NAME, arcname=NAME)
    return tarball


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check-nsis", action="store_true", help="compile the NSIS script too")
    parser.add_argument("--no-freeze", action="store_true", help="use dist/ as it is")
    args = parser.parse_args(argv)
    version = project_version()
    started = time.monotonic()
    if not args.no_freeze:
        freeze()
    frozen_at = time.monotonic()
    folder = DIST / (f"{NAME}.app" if IS_MAC else NAME)
    program = program_path()
    if not program.is_file():
        raise SystemExit(f"build: {program} was not built")

    made: list[Path | None] = []
    if IS_WIN:
        made.append(makensis(version, DIST / f"{NAME}-Setup-{version}.exe"))
    elif IS_MAC:
        made.append(macos_dmg(version))
    else:
        made.append(linux_tarball(version))
    if args.check_nsis and not IS_WIN:
        check = makensis(
            version, BUILD / "nsis-check" / f"{NAME}-Setup-{version}-check.exe", compressed=False
        )
        if check is None:
            raise SystemExit("build: --check-nsis needs makensis")
        print(
            f"NSIS script compiled: {check} ({megabytes(check.stat().st_size)}; "
            f"{platform.system()} programs inside, not a Windows installer)"
        )
    finished = time.monotonic()

    print(f"Fiado {version} for {platform.system()} {platform.machine()}")
    if not args.no_freeze:
        print(
            f"build time: {frozen_at - started:.0f} s (PyInstaller and icons), "
            f"{finished - started:.0f} s in all"
        )
    print(f"one folder: {folder} ({megabytes(folder_size(folder))})")
    for path in made:
        if path is not None:
            print(f"artefact: {path} ({megabytes(path.stat().st_size)})")
    print(program)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
