"""One dialog per module. Dialogs may use widgets and the base; they never import a view or
the shell (what must happen after a dialog, such as reopening the window, is passed in)."""
