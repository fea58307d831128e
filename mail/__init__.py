"""The e-mail adapter: delivers the mail outbox over SMTP (short notes with a fresh link)."""
