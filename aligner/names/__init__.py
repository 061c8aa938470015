"""Names across scripts: the matcher, romanization, the names register."""
