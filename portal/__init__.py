"""The Koers web portal: coach pages, light pages for the web channel, the Telegram webhook."""
