"""Slack plumbing shared by every surface: the Bolt app (`app`), the hardened HTTP receiver (`http_server`), the
kept-alive Web API client (`web_api`), middleware (`context`, `shape`, `retries`), error replies (`errors`), and
posting answers and charts into a thread (`post_answer`, `post_chart`, `threads`). The surfaces themselves, one
module each, are in bot/listeners."""
