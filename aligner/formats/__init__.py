"""Exchange formats, one module each; every module reads and writes AlignedUnit streams."""
