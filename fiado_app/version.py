"""The app's version: the installed package's metadata (pyproject.toml's `version`; the frozen
app carries that metadata, packaging/fiado.spec copies it), else pyproject.toml itself in a
checkout that was never installed. A leaf module, pure standard library."""

from __future__ import annotations

UNKNOWN = "desconhecida"


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("fiado")
    except PackageNotFoundError:
        return _from_pyproject()


def _from_pyproject() -> str:
    import tomllib

    from fiado_app.resources import base_dir, is_frozen

    pyproject = base_dir() / "pyproject.toml"
    if is_frozen() or not pyproject.is_file():
        return UNKNOWN
    with pyproject.open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])
