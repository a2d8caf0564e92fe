"""Front ends, each thin over the core: the command line, chat, kiosk, JSON lines and the web."""
