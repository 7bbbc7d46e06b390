"""One module per main view (the shell's view_registry lists them). Views use dialogs,
widgets, charts and the base, never the shell."""
