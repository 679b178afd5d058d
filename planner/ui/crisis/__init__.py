"""The Crisis & security screen: playbooks, ready responses, logs, partners, account security."""
