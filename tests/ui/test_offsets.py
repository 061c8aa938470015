"""UTF-16 (Qt) <-> code point (core) conversion, with characters outside the BMP."""
from ui.offsets import codepoint_to_utf16, utf16_to_codepoint

TEXT = "a😀b𝔸c"  # two astral characters: each 1 code point, 2 UTF-16 units


def test_round_trip_every_position():
    for offset in range(len(TEXT) + 1):
        assert utf16_to_codepoint(TEXT, codepoint_to_utf16(TEXT, offset)) == offset


def test_known_positions():
    assert codepoint_to_utf16(TEXT, 2) == 3  # after "a😀"
    assert codepoint_to_utf16(TEXT, 4) == 6  # after "a😀b𝔸"
    assert utf16_to_codepoint(TEXT, 3) == 2
    assert utf16_to_codepoint(TEXT, 2) == 1  # inside the surrogate pair: rounds down
    assert utf16_to_codepoint(TEXT, 99) == len(TEXT)
    assert utf16_to_codepoint("سلام", 2) == 2  # BMP Arabic: the two counts agree
