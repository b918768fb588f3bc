-- Messages of the same text to several numbers go to Kannel in one sendsms call: a bundle.
-- Kannel calls each number's delivery reports back with the bundle and the number; the
-- bundle finds the messages, and their sealed numbers the one the report is about.
alter table outbound_message add column bundle_id uuid;
create index outbound_message_bundle on outbound_message (bundle_id);
