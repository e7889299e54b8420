-- The inbox's conversations that are not unread for the reader, in the inbox's order (waiting for staff, then the
-- newest): read from this index and cut at the page's end, so an administrator's first page does not sort every
-- conversation of the consultancy (#16, bench at 100,000 conversations).
create index conversation_inbox_order_idx on conversation (waiting_for_staff desc, last_message_at desc, candidate_id desc);
