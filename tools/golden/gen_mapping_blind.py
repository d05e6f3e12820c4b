"""Blind pairs."""

BLIND: list = []
