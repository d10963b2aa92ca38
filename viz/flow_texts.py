"""The words of the overview (flow) diagram and its page, Swedish first, registered in graph.i18n."""

from __future__ import annotations

from graph.i18n import t


def counted(key: str, n: int, lang: str) -> str:
    """`key.one` or `key.many` with `n` filled in (Swedish and English plurals)."""
    return t(f"{key}.{'one' if n == 1 else 'many'}", lang, n=n)
