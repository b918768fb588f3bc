-- Texts a collective chooses, sealed with its key like its other fields: the attributes it
-- records of its members, its protocols' names and its messages' wording. The plaintext
-- columns are emptied and no longer written; rows written before are sealed at the next start.
alter table collective add column sealed_recorded_attributes bytea;
alter table collective alter column recorded_attributes drop not null;
alter table alert_protocol add column sealed_name bytea;
alter table alert_protocol alter column name drop not null;
alter table alert_template add column sealed_text bytea;
alter table alert_template alter column text drop not null;
