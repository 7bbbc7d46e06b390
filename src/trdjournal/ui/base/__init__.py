"""What every room of the app may use: the UI context and its signals, the theme and locale
formatting, worker operations, layout helpers. Imports nothing else of ui/."""
