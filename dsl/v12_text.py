"""Parsers of the DSL 1.2 text arguments: ``template`` placeholders and ``replace`` group references."""

from __future__ import annotations


def replacement_parts(replacement: str) -> list[str | int]:
    """Split a ``groups`` replacement into literal text and group numbers; ValueError when malformed."""
    parts: list[str | int] = []
    buf, i = "", 0
    while i < len(replacement):
        ch = replacement[i]
        if ch == "$":
            nxt = replacement[i + 1:i + 2]
            if nxt == "$":
                buf += "$"
            elif nxt.isdecimal() and nxt != "0":
                if buf:
                    parts.append(buf)
                parts.append(int(nxt))
                buf = ""
            else:
                raise ValueError(f"'$' at {i} must be followed by 1-9 or '$'")
            i += 2
        else:
            buf += ch
            i += 1
    if buf:
        parts.append(buf)
    return parts


def template_parts(template: str) -> list[str | int]:
    """Split a template into literal strings and input indexes; ValueError when malformed."""
    parts: list[str | int] = []
    buf, i = "", 0
    while i < len(template):
        ch = template[i]
        if ch in "{}" and template[i + 1:i + 2] == ch:
            buf += ch
            i += 2
        elif ch == "{":
            end = template.find("}", i)
            body = template[i + 1:end] if end > 0 else ""
            if not body.isdecimal() or len(body) > 3:
                raise ValueError(f"placeholder at {i} must be {{<index>}}")
            if buf:
                parts.append(buf)
            parts.append(int(body))
            buf, i = "", end + 1
        elif ch == "}":
            raise ValueError(f"unmatched '}}' at {i} (write '}}}}')")
        else:
            buf += ch
            i += 1
    if buf:
        parts.append(buf)
    return parts
