"""Throughput: how one small machine takes, processes and sends mail fast without
giving up "durable before 250" or "nobody's mail waits for someone else's".

The pieces stand together here because each exists only for speed, and each is safe
only together with the others:

- group_commit: the SMTP sessions' mails written in one transaction and one disk
  flush per batch; every session still gets its 250 only after its mail is on disk.
- worker: processing (parsing, cleaning, composing) in a process of its own, so it has
  a CPU core of its own and intake never waits for it.
- wakeup: the pipes through which intake, worker and delivery lanes wake each other
  ("mail stored", "outbox filled", "stop") instead of polling.
- sent_journal: a smarthost's 250 appended to a file at once and marked in the
  database a batch at a time, so delivery does not take the write lock per mail.

Two more live in store/, because they are how the database is used: one writer at a
time across the daemon's process and its worker (repository._SqliteWriteLock), and a
commit made durable (synchronous=FULL) only where a 250 or a delivery depends on it,
relaxed for bookkeeping (Store.transaction(durable=False)). The benchmarks that
measure all of it are tests/benchmarks/throughput.py, flood.py and step_profile.py.
"""
