"""Normalisers: turn French surface forms (numbers, amounts of money) into plain values."""
