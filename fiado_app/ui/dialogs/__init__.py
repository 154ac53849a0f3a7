"""Dialogs: forms that write through one service each (FormDialog), and the customer window."""
