class ValidationError(ValueError):
    """Input the journal refuses. ``field`` names what was wrong; the message says what is allowed."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
