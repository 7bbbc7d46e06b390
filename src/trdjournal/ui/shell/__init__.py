"""The application around the views: start-up, the main window and its menus, the view
registry, reminder, lock and unlock, window state, screenshots and bench probes."""
