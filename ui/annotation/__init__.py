"""Named-entity annotation in the bead view: entity painting and selection in both text
directions, label keys, projection and suggestion review, the entities panel."""
