"""spaCy components, one class per module; registered in ``sourcebook.nlp.factories``."""
