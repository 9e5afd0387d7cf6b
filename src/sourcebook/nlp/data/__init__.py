"""Rule data (lexicons, patterns) of the nlp package, read with importlib.resources."""
