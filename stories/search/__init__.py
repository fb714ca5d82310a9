"""Search over published explainers, published questions and topics.

``kinds`` declares each kind of result once (what it searches, what is public, how its hits
are ordered and shown) and registers it in ``KINDS``. ``backends`` answers those declarations
on the database in use: stored, weighted tsvectors on PostgreSQL; substring matching on
SQLite. ``forms`` holds the search box and ``views`` the page.
"""
