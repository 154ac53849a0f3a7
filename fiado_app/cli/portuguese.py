"""argparse's own messages in Portuguese, like every other message of the command line.

argparse marks its texts for gettext and looks its `_` and `ngettext` up when it prints: the
command line points them at this table before building its parser (`install`). A text missing
here is printed as argparse wrote it."""

from __future__ import annotations

import argparse

_TEXTS = {
    "usage: ": "uso: ",
    "positional arguments": "argumentos",
    "options": "opções",
    "show this help message and exit": "mostra esta ajuda e sai",
    "the following arguments are required: %s": "faltou informar: %s",
    "one of the arguments %s is required": "informe um destes: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "opção inválida: %(value)r (use uma destas: %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "não reconheço: %s",
    "expected one argument": "falta o valor",
    "expected at least one argument": "falta ao menos um valor",
    "expected at most one argument": "aceita no máximo um valor",
    "invalid %(type)s value: %(value)r": "valor inválido: %(value)r",
    "not allowed with argument %s": "não pode ser usado junto com %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opção ambígua: %(option)s pode ser %(matches)s"
    ),
    "ignored explicit argument %r": "valor não esperado: %r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: erro: %(message)s\n",
    "expected %s argument": "esperava %s valor",
    "expected %s arguments": "esperava %s valores",
}


def text(message: str) -> str:
    """argparse's `message` in Portuguese."""
    return _TEXTS.get(message, message)


def _plural(singular: str, plural: str, n: int) -> str:
    return text(singular if n == 1 else plural)


def install() -> None:
    """From now on argparse speaks Portuguese in this process."""
    argparse._ = text  # type: ignore[attr-defined]
    argparse.ngettext = _plural  # type: ignore[attr-defined]
